// The content model, defined once. Loaders point at the top-level `content/`
// folder; each schema lives in `src/schemas/` with its field documentation.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { errorSchema } from './schemas/error';
import { guideSchema } from './schemas/guide';
import { incidentSchema } from './schemas/incident';
import { sourceSchema } from './schemas/source';
import { triageNodeSchema } from './schemas/triage';

// Tests and the benchmark point the build at another folder; the site uses ./content.
const CONTENT_DIR = process.env.FIXPATH_CONTENT_DIR ?? './content';

const errors = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/errors` }),
  schema: errorSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/guides` }),
  schema: guideSchema,
});

const sources = defineCollection({
  // One file per source, so the file name is the id and a build error names the file.
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/sources` }),
  schema: sourceSchema,
});

const triage = defineCollection({
  loader: file(`${CONTENT_DIR}/triage/tree.yaml`),
  schema: triageNodeSchema,
});

const incidents = defineCollection({
  loader: file(`${CONTENT_DIR}/incidents.yaml`),
  schema: incidentSchema,
});

export const collections = { errors, guides, sources, triage, incidents };
