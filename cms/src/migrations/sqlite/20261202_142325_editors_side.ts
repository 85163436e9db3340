import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Corrected by hand: drizzle-kit drops a foreign key's ON DELETE from SQLite's ADD COLUMN, though
  // its snapshot keeps it. Without it, deleting a user named as a document's responsible person failed
  // on a migrated database (SQLITE_CONSTRAINT_FOREIGNKEY); cms/test/migrations.test.ts checks it.
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`locale\` text,
  	\`origin\` text DEFAULT 'manual',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_tenant_idx\` ON \`redirects\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`regional_networks\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`regional_networks\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`regional_networks\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`regional_networks_review_review_responsible_idx\` ON \`regional_networks\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_review_version_review_respo_idx\` ON \`_regional_networks_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`review_term_end\` text;`)
  await db.run(sql`CREATE INDEX \`contacts_review_review_responsible_idx\` ON \`contacts\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_review_term_end\` text;`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_review_version_review_responsible_idx\` ON \`_contacts_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`international_partners\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`international_partners\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`international_partners\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`international_partners_review_review_responsible_idx\` ON \`international_partners\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_international_partners_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_international_partners_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_international_partners_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_review_version_review__idx\` ON \`_international_partners_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`action_plans\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`action_plans\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`action_plans\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`action_plans_review_review_responsible_idx\` ON \`action_plans\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_review_version_review_responsibl_idx\` ON \`_action_plans_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_review_review_responsible_idx\` ON \`action_plan_targets\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_review_version_review_res_idx\` ON \`_action_plan_targets_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`pages_review_review_responsible_idx\` ON \`pages\` (\`review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_responsible_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_review_version_review_responsible_idx\` ON \`_pages_v\` (\`version_review_responsible_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_regional_networks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`acronym\` text,
  	\`acronym_expansion\` text,
  	\`region\` text,
  	\`founded\` text,
  	\`meeting_cadence_frequency\` text,
  	\`has_regional_group_representative\` integer DEFAULT false,
  	\`image_id\` integer,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regional_networks\`("id", "tenant_id", "acronym", "acronym_expansion", "region", "founded", "meeting_cadence_frequency", "has_regional_group_representative", "image_id", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "acronym", "acronym_expansion", "region", "founded", "meeting_cadence_frequency", "has_regional_group_representative", "image_id", "seo_image_id", "updated_at", "created_at", "_status" FROM \`regional_networks\`;`)
  await db.run(sql`DROP TABLE \`regional_networks\`;`)
  await db.run(sql`ALTER TABLE \`__new_regional_networks\` RENAME TO \`regional_networks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`regional_networks_tenant_idx\` ON \`regional_networks\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_image_idx\` ON \`regional_networks\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_seo_seo_image_idx\` ON \`regional_networks\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_updated_at_idx\` ON \`regional_networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_created_at_idx\` ON \`regional_networks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks__status_idx\` ON \`regional_networks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__regional_networks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_acronym\` text,
  	\`version_acronym_expansion\` text,
  	\`version_region\` text,
  	\`version_founded\` text,
  	\`version_meeting_cadence_frequency\` text,
  	\`version_has_regional_group_representative\` integer DEFAULT false,
  	\`version_image_id\` integer,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regional_networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__regional_networks_v\`("id", "parent_id", "version_tenant_id", "version_acronym", "version_acronym_expansion", "version_region", "version_founded", "version_meeting_cadence_frequency", "version_has_regional_group_representative", "version_image_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_acronym", "version_acronym_expansion", "version_region", "version_founded", "version_meeting_cadence_frequency", "version_has_regional_group_representative", "version_image_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_regional_networks_v\`;`)
  await db.run(sql`DROP TABLE \`_regional_networks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__regional_networks_v\` RENAME TO \`_regional_networks_v\`;`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_parent_idx\` ON \`_regional_networks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version_tenant_idx\` ON \`_regional_networks_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version_image_idx\` ON \`_regional_networks_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_seo_version_seo_image_idx\` ON \`_regional_networks_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version_updated_at_idx\` ON \`_regional_networks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version_created_at_idx\` ON \`_regional_networks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version__status_idx\` ON \`_regional_networks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_created_at_idx\` ON \`_regional_networks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_updated_at_idx\` ON \`_regional_networks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_snapshot_idx\` ON \`_regional_networks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_published_locale_idx\` ON \`_regional_networks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_latest_idx\` ON \`_regional_networks_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_autosave_idx\` ON \`_regional_networks_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`publishable\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "tenant_id", "name", "email", "phone", "publishable", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "name", "email", "phone", "publishable", "updated_at", "created_at", "_status" FROM \`contacts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts\` RENAME TO \`contacts\`;`)
  await db.run(sql`CREATE INDEX \`contacts_tenant_idx\` ON \`contacts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts__status_idx\` ON \`contacts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__contacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_name\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_publishable\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contacts_v\`("id", "parent_id", "version_tenant_id", "version_name", "version_email", "version_phone", "version_publishable", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_name", "version_email", "version_phone", "version_publishable", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_contacts_v\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contacts_v\` RENAME TO \`_contacts_v\`;`)
  await db.run(sql`CREATE INDEX \`_contacts_v_parent_idx\` ON \`_contacts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_tenant_idx\` ON \`_contacts_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_updated_at_idx\` ON \`_contacts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_created_at_idx\` ON \`_contacts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version__status_idx\` ON \`_contacts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_created_at_idx\` ON \`_contacts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_updated_at_idx\` ON \`_contacts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_snapshot_idx\` ON \`_contacts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_published_locale_idx\` ON \`_contacts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_latest_idx\` ON \`_contacts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_autosave_idx\` ON \`_contacts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_international_partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`abbreviation\` text,
  	\`country\` text,
  	\`kind\` text,
  	\`scope\` text,
  	\`relationship\` text,
  	\`status\` text DEFAULT 'active',
  	\`website\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_international_partners\`("id", "tenant_id", "abbreviation", "country", "kind", "scope", "relationship", "status", "website", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "abbreviation", "country", "kind", "scope", "relationship", "status", "website", "seo_image_id", "updated_at", "created_at", "_status" FROM \`international_partners\`;`)
  await db.run(sql`DROP TABLE \`international_partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_international_partners\` RENAME TO \`international_partners\`;`)
  await db.run(sql`CREATE INDEX \`international_partners_tenant_idx\` ON \`international_partners\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`international_partners_seo_seo_image_idx\` ON \`international_partners\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`international_partners_updated_at_idx\` ON \`international_partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`international_partners_created_at_idx\` ON \`international_partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`international_partners__status_idx\` ON \`international_partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__international_partners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_abbreviation\` text,
  	\`version_country\` text,
  	\`version_kind\` text,
  	\`version_scope\` text,
  	\`version_relationship\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_website\` text,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`international_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__international_partners_v\`("id", "parent_id", "version_tenant_id", "version_abbreviation", "version_country", "version_kind", "version_scope", "version_relationship", "version_status", "version_website", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_abbreviation", "version_country", "version_kind", "version_scope", "version_relationship", "version_status", "version_website", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_international_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_international_partners_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__international_partners_v\` RENAME TO \`_international_partners_v\`;`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_parent_idx\` ON \`_international_partners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_version_tenant_idx\` ON \`_international_partners_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_seo_version_seo_image_idx\` ON \`_international_partners_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_version_updated_at_idx\` ON \`_international_partners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_version_created_at_idx\` ON \`_international_partners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_version__status_idx\` ON \`_international_partners_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_created_at_idx\` ON \`_international_partners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_updated_at_idx\` ON \`_international_partners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_snapshot_idx\` ON \`_international_partners_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_published_locale_idx\` ON \`_international_partners_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_latest_idx\` ON \`_international_partners_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_autosave_idx\` ON \`_international_partners_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_action_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`organisation\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_precision\` text DEFAULT 'month',
  	\`foreword_author\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_action_plans\`("id", "tenant_id", "organisation", "period_start", "period_end", "period_precision", "foreword_author", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "organisation", "period_start", "period_end", "period_precision", "foreword_author", "seo_image_id", "updated_at", "created_at", "_status" FROM \`action_plans\`;`)
  await db.run(sql`DROP TABLE \`action_plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_action_plans\` RENAME TO \`action_plans\`;`)
  await db.run(sql`CREATE INDEX \`action_plans_tenant_idx\` ON \`action_plans\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plans_seo_seo_image_idx\` ON \`action_plans\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plans_updated_at_idx\` ON \`action_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plans_created_at_idx\` ON \`action_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plans__status_idx\` ON \`action_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__action_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_organisation\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_period_precision\` text DEFAULT 'month',
  	\`version_foreword_author\` text,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__action_plans_v\`("id", "parent_id", "version_tenant_id", "version_organisation", "version_period_start", "version_period_end", "version_period_precision", "version_foreword_author", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_organisation", "version_period_start", "version_period_end", "version_period_precision", "version_foreword_author", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_action_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_action_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__action_plans_v\` RENAME TO \`_action_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_parent_idx\` ON \`_action_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_version_tenant_idx\` ON \`_action_plans_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_seo_version_seo_image_idx\` ON \`_action_plans_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_version_updated_at_idx\` ON \`_action_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_version_created_at_idx\` ON \`_action_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_version__status_idx\` ON \`_action_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_created_at_idx\` ON \`_action_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_updated_at_idx\` ON \`_action_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_snapshot_idx\` ON \`_action_plans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_published_locale_idx\` ON \`_action_plans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_latest_idx\` ON \`_action_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_autosave_idx\` ON \`_action_plans_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_action_plan_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`plan_id\` integer,
  	\`focus_area\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'increase',
  	\`baseline_value\` numeric,
  	\`baseline_date\` text,
  	\`target_kind\` text DEFAULT 'absolute',
  	\`target_value\` numeric,
  	\`target_deadline\` text,
  	\`target_deadline_precision\` text DEFAULT 'day',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_action_plan_targets\`("id", "tenant_id", "plan_id", "focus_area", "unit", "direction", "baseline_value", "baseline_date", "target_kind", "target_value", "target_deadline", "target_deadline_precision", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "plan_id", "focus_area", "unit", "direction", "baseline_value", "baseline_date", "target_kind", "target_value", "target_deadline", "target_deadline_precision", "updated_at", "created_at", "_status" FROM \`action_plan_targets\`;`)
  await db.run(sql`DROP TABLE \`action_plan_targets\`;`)
  await db.run(sql`ALTER TABLE \`__new_action_plan_targets\` RENAME TO \`action_plan_targets\`;`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_tenant_idx\` ON \`action_plan_targets\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_plan_idx\` ON \`action_plan_targets\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_updated_at_idx\` ON \`action_plan_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_created_at_idx\` ON \`action_plan_targets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets__status_idx\` ON \`action_plan_targets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__action_plan_targets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_plan_id\` integer,
  	\`version_focus_area\` text,
  	\`version_unit\` text,
  	\`version_direction\` text DEFAULT 'increase',
  	\`version_baseline_value\` numeric,
  	\`version_baseline_date\` text,
  	\`version_target_kind\` text DEFAULT 'absolute',
  	\`version_target_value\` numeric,
  	\`version_target_deadline\` text,
  	\`version_target_deadline_precision\` text DEFAULT 'day',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`action_plan_targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__action_plan_targets_v\`("id", "parent_id", "version_tenant_id", "version_plan_id", "version_focus_area", "version_unit", "version_direction", "version_baseline_value", "version_baseline_date", "version_target_kind", "version_target_value", "version_target_deadline", "version_target_deadline_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_plan_id", "version_focus_area", "version_unit", "version_direction", "version_baseline_value", "version_baseline_date", "version_target_kind", "version_target_value", "version_target_deadline", "version_target_deadline_precision", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_action_plan_targets_v\`;`)
  await db.run(sql`DROP TABLE \`_action_plan_targets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__action_plan_targets_v\` RENAME TO \`_action_plan_targets_v\`;`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_parent_idx\` ON \`_action_plan_targets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version_tenant_idx\` ON \`_action_plan_targets_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version_plan_idx\` ON \`_action_plan_targets_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version_updated_at_idx\` ON \`_action_plan_targets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version_created_at_idx\` ON \`_action_plan_targets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version__status_idx\` ON \`_action_plan_targets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_created_at_idx\` ON \`_action_plan_targets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_updated_at_idx\` ON \`_action_plan_targets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_snapshot_idx\` ON \`_action_plan_targets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_published_locale_idx\` ON \`_action_plan_targets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_latest_idx\` ON \`_action_plan_targets_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_autosave_idx\` ON \`_action_plan_targets_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`parent_id\` integer,
  	\`published_at\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "tenant_id", "parent_id", "published_at", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "parent_id", "published_at", "seo_image_id", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE INDEX \`pages_tenant_idx\` ON \`pages\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_seo_seo_image_idx\` ON \`pages\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_parent_id\` integer,
  	\`version_published_at\` text,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_tenant_id", "version_parent_id", "version_published_at", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tenant_id", "version_parent_id", "version_published_at", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_tenant_idx\` ON \`_pages_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_seo_version_seo_image_idx\` ON \`_pages_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regional_networks_id\` integer,
  	\`contacts_id\` integer,
  	\`international_partners_id\` integer,
  	\`action_plans_id\` integer,
  	\`action_plan_targets_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`site_settings_id\` integer,
  	\`organisations_id\` integer,
  	\`users_id\` integer,
  	\`webhook_targets_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regional_networks_id\`) REFERENCES \`regional_networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`international_partners_id\`) REFERENCES \`international_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_plans_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`action_plan_targets_id\`) REFERENCES \`action_plan_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_settings_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_targets_id\`) REFERENCES \`webhook_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "regional_networks_id", "contacts_id", "international_partners_id", "action_plans_id", "action_plan_targets_id", "pages_id", "media_id", "site_settings_id", "organisations_id", "users_id", "webhook_targets_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "regional_networks_id", "contacts_id", "international_partners_id", "action_plans_id", "action_plan_targets_id", "pages_id", "media_id", "site_settings_id", "organisations_id", "users_id", "webhook_targets_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regional_networks_id_idx\` ON \`payload_locked_documents_rels\` (\`regional_networks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_international_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`international_partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_action_plan_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`action_plan_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`site_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}
