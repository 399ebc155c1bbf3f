// Components every MDX body may use without importing them.
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fixes from './Fixes.astro';
import Platform from './Platform.astro';
import PlatformSteps from './PlatformSteps.astro';

export const mdxComponents = { Callout, Cite, Fixes, Platform, PlatformSteps };
