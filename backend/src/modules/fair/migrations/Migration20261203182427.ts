import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203182427 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fair_sale" drop constraint if exists "fair_sale_order_id_product_id_fair_id_unique";`);
    this.addSql(`alter table if exists "booth" drop constraint if exists "booth_fair_id_producer_id_unique";`);
    this.addSql(`alter table if exists "fair" drop constraint if exists "fair_slug_unique";`);
    this.addSql(`create table if not exists "fair" ("id" text not null, "slug" text not null, "name" text not null, "kind" text check ("kind" in ('hoi_cho', 'tuan_le', 'cho_phien')) not null default 'hoi_cho', "organiser_province_code" text null, "description" text null, "banner_url" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('draft', 'published', 'cancelled')) not null default 'draft', "price_list_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_slug_unique" ON "fair" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_organiser_province_code" ON "fair" ("organiser_province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_deleted_at" ON "fair" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booth" ("id" text not null, "producer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "number" integer null, "note" text null, "rejection_reason" text null, "decided_at" timestamptz null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booth_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_producer_id" ON "booth" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_fair_id" ON "booth" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_deleted_at" ON "booth" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booth_fair_id_producer_id_unique" ON "booth" ("fair_id", "producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booth_product" ("id" text not null, "product_id" text not null, "fair_price" integer null, "discount_percent" integer null, "featured" boolean not null default false, "booth_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booth_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_product_product_id" ON "booth_product" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_product_booth_id" ON "booth_product" ("booth_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booth_product_deleted_at" ON "booth_product" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fair_sale" ("id" text not null, "fair_id" text not null, "booth_id" text not null, "order_id" text not null, "product_id" text not null, "product_title" text not null, "quantity" integer not null, "revenue" integer not null, "day" text not null, "sold_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_sale_fair_id" ON "fair_sale" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_sale_booth_id" ON "fair_sale" ("booth_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_sale_deleted_at" ON "fair_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fair_sale_order_id_product_id_fair_id_unique" ON "fair_sale" ("order_id", "product_id", "fair_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fair_session" ("id" text not null, "title" text not null, "kind" text check ("kind" in ('livestream', 'talk', 'tasting')) not null default 'livestream', "starts_at" timestamptz not null, "ends_at" timestamptz null, "link_url" text null, "host" text null, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_session_fair_id" ON "fair_session" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_session_deleted_at" ON "fair_session" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fair_visit" ("id" text not null, "fair_id" text not null, "booth_id" text null, "visitor_hash" text not null, "day" text not null, "viewed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fair_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_visit_fair_id" ON "fair_visit" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_visit_deleted_at" ON "fair_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fair_visit_fair_id_day" ON "fair_visit" ("fair_id", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "booth" add constraint "booth_fair_id_foreign" foreign key ("fair_id") references "fair" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "booth_product" add constraint "booth_product_booth_id_foreign" foreign key ("booth_id") references "booth" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "fair_session" add constraint "fair_session_fair_id_foreign" foreign key ("fair_id") references "fair" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booth" drop constraint if exists "booth_fair_id_foreign";`);

    this.addSql(`alter table if exists "fair_session" drop constraint if exists "fair_session_fair_id_foreign";`);

    this.addSql(`alter table if exists "booth_product" drop constraint if exists "booth_product_booth_id_foreign";`);

    this.addSql(`drop table if exists "fair" cascade;`);

    this.addSql(`drop table if exists "booth" cascade;`);

    this.addSql(`drop table if exists "booth_product" cascade;`);

    this.addSql(`drop table if exists "fair_sale" cascade;`);

    this.addSql(`drop table if exists "fair_session" cascade;`);

    this.addSql(`drop table if exists "fair_visit" cascade;`);
  }

}
