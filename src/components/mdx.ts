// Components every MDX body may use without importing them.
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fixes from './Fixes.astro';
import Link from './Link.astro';
import Platform from './Platform.astro';
import PlatformSteps from './PlatformSteps.astro';

// `a` replaces the plain link element, so prose links get the rel they need.
export const mdxComponents = { Callout, Cite, Fixes, Platform, PlatformSteps, a: Link };
