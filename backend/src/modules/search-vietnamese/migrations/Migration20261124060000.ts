import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Creates `medusa_search_vietnamese`: a copy of `simple` whose word mappings
 * run `unaccent` first, so diacritics and case never matter and nothing is
 * stemmed. Like the provider's own migration it soft-fails where the role may
 * not create extensions (managed PostgreSQL): search then refuses to index,
 * which is louder than indexing with the wrong analyser.
 */
export class Migration20261124060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search_vietnamese: could not enable unaccent (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search_vietnamese: could not enable pg_trgm (%).', SQLERRM;
        END;
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent')
           AND NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
