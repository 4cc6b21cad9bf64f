import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124045936 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "province" drop constraint if exists "province_slug_unique";`);
    this.addSql(`alter table if exists "province" drop constraint if exists "province_code_unique";`);
    this.addSql(`alter table if exists "origin_region" drop constraint if exists "origin_region_slug_unique";`);
    this.addSql(`alter table if exists "legacy_province" drop constraint if exists "legacy_province_slug_unique";`);
    this.addSql(`alter table if exists "legacy_province" drop constraint if exists "legacy_province_code_unique";`);
    this.addSql(`alter table if exists "commune" drop constraint if exists "commune_code_unique";`);
    this.addSql(`create table if not exists "commune" ("id" text not null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('xa', 'phuong', 'dac_khu')) not null, "province_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_code_unique" ON "commune" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_province_code" ON "commune" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_deleted_at" ON "commune" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "legacy_province" ("id" text not null, "code" text not null, "name" text not null, "slug" text not null, "merged_into_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "legacy_province_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_legacy_province_code_unique" ON "legacy_province" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_legacy_province_slug_unique" ON "legacy_province" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_legacy_province_merged_into_code" ON "legacy_province" ("merged_into_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_legacy_province_deleted_at" ON "legacy_province" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "origin_region" ("id" text not null, "slug" text not null, "name" text not null, "kind" text check ("kind" in ('geographical_indication', 'region')) not null, "province_code" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "origin_region_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_origin_region_slug_unique" ON "origin_region" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_origin_region_province_code" ON "origin_region" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_origin_region_deleted_at" ON "origin_region" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "province" ("id" text not null, "code" text not null, "name" text not null, "full_name" text not null, "kind" text check ("kind" in ('province', 'city')) not null, "slug" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "province_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_code_unique" ON "province" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_slug_unique" ON "province" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_deleted_at" ON "province" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commune" cascade;`);

    this.addSql(`drop table if exists "legacy_province" cascade;`);

    this.addSql(`drop table if exists "origin_region" cascade;`);

    this.addSql(`drop table if exists "province" cascade;`);
  }

}
