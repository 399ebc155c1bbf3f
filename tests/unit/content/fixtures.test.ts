// Each broken content set must be rejected with a message that names the file
// and the field. The messages are what authors read, so they are pinned.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content/integrity';
import { loadContentSet, PROJECT_ROOT } from '../../support/content-set';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/content');
const TODAY = new Date('2026-11-21T12:00:00Z');

function problemsFor(scenario: string) {
  // The fixtures hold every rule at full strength, whatever the site's roll-out stage.
  return loadContentSet([join(FIXTURES, 'valid'), join(FIXTURES, scenario)], TODAY, true).problems;
}

describe('broken content sets', () => {
  it('accepts the valid set', () => {
    expect(loadContentSet([join(FIXTURES, 'valid')], TODAY, true).problems).toEqual([]);
  });

  it.each([
    ['missing-field', 'tests/fixtures/content/missing-field/errors/504.mdx', 'summary', /expected string, received undefined/i],
    ['wrong-type', 'tests/fixtures/content/wrong-type/guides/wait-a-minute.mdx', 'minutes', /expected number, received string/i],
    ['bad-enum', 'tests/fixtures/content/bad-enum/errors/504.mdx', 'where.usually[0]', /"device"\|"network"\|"edge"\|"servers"\|"account"/],
    ['missing-where', 'tests/fixtures/content/missing-where/errors/504.mdx', 'where', /expected object, received undefined/i],
    ['where-overlap', 'tests/fixtures/content/where-overlap/errors/504.mdx', 'where.sometimes', /a hop is either `usually` or `sometimes`, not both/],
    ['empty-messages', 'tests/fixtures/content/empty-messages/errors/504.mdx', 'messages', /lists no on-screen wording\. If the service shows none, describe the symptom under a "## What happens" heading/],
    ['insecure-source-url', 'tests/fixtures/content/insecure-source-url/sources/rfc-example.yaml', 'url', /invalid url/i],
    ['unknown-reference', 'tests/fixtures/content/unknown-reference/errors/504.mdx', 'fixes[1]', /guide "wait-an-hour" does not exist in the guides collection/],
    ['unknown-source', 'tests/fixtures/content/unknown-source/guides/wait-a-minute.mdx', 'sources[0]', /source "rfc-missing" does not exist/],
    ['duplicate-code', 'tests/fixtures/content/duplicate-code/errors/gateway-timeout.mdx', 'code', /code "504" is already used by tests\/fixtures\/content\/valid\/errors\/504.mdx/],
    ['duplicate-message', 'tests/fixtures/content/duplicate-message/errors/504.mdx', 'messages[1]', /message "502 bad gateway\." is also listed by tests\/fixtures\/content\/valid\/errors\/502.mdx/],
    ['orphan-guide', 'tests/fixtures/content/orphan-guide/guides/restart-everything.mdx', '(entry)', /guide "restart-everything" is not used/],
    ['unused-source', 'tests/fixtures/content/unused-source/sources/never-cited.yaml', '(entry)', /source "never-cited" is not cited by any entry/],
    ['future-review', 'tests/fixtures/content/future-review/guides/wait-a-minute.mdx', 'reviewed', /date 2099-01-01 is in the future/],
    ['cite-not-listed', 'tests/fixtures/content/cite-not-listed/errors/504.mdx', 'sources', /<Cite id="mdn-504" \/>, but "mdn-504" is not in this entry's `sources` list/],
    ['listed-not-cited', 'tests/fixtures/content/listed-not-cited/errors/504.mdx', 'sources[0]', /source "rfc-example" is listed but the text never cites it/],
    ['cite-without-quote', 'tests/fixtures/content/cite-without-quote/errors/504.mdx', '(body)', /<Cite id="rfc-example" \/> names no quote\. Add q="key" with the key of the passage in content\/sources\/rfc-example\.yaml/],
    ['unknown-quote', 'tests/fixtures/content/unknown-quote/errors/504.mdx', '(body)', /<Cite id="rfc-example" q="gateway" \/> names a quote that content\/sources\/rfc-example\.yaml does not have/],
    ['unused-quote', 'tests/fixtures/content/unused-quote/sources/rfc-example.yaml', 'quotes.never-used', /quote "never-used" is not cited by any page/],
    ['fixes-not-placed', 'tests/fixtures/content/fixes-not-placed/errors/504.mdx', '(body)', /exactly once with <Fixes \/>; found 0/],
    ['triage-cycle', 'tests/fixtures/content/triage-cycle/triage/tree.yaml', 'start.answers', /node "start" is part of a cycle: start → again → start/],
    ['triage-unreachable', 'tests/fixtures/content/triage-unreachable/triage/tree.yaml', 'forgotten', /node "forgotten" cannot be reached from "start"/],
    ['triage-unknown-next', 'tests/fixtures/content/triage-unknown-next/triage/tree.yaml', 'start.answers[1].next', /triage node "elsewhere" does not exist in the triage collection/],
    ['triage-outcome-without-guides', 'tests/fixtures/content/triage-outcome-without-guides/triage/tree.yaml', 'done.guides', /an outcome names at least one guide/],
    ['triage-no-root', 'tests/fixtures/content/triage-no-root/triage/tree.yaml', 'start', /the root node "start" does not exist/],
  ])('rejects %s, naming the file and the field', (scenario, file, field, message) => {
    const problems = problemsFor(scenario);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, field });
    expect(problems[0]?.message).toMatch(message);
  });

  it('prints one line per problem with file, field and advice', () => {
    expect(formatProblems(problemsFor('unknown-reference'))).toMatchInlineSnapshot(`
      "Fixpath content check failed (1 problem):
        tests/fixtures/content/unknown-reference/errors/504.mdx → fixes[1]: guide "wait-an-hour" does not exist in the guides collection. Fix the spelling or add that entry.
      Each line names the file, then the field to change. See README.md, "Adding an error or a guide"."
    `);
  });
});
