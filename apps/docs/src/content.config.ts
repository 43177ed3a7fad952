// The docs collection: the Markdown pages src/generate/ writes to generated/docs/.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = {
  docs: defineCollection({ loader: glob({ base: "./generated/docs", pattern: "**/*.md" }), schema: docsSchema() }),
};
