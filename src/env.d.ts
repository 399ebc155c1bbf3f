/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an article page before its MDX renders; read by <Cite /> and <Fixes />. */
    article?: import('./data/article').ArticleContext;
  }
}
