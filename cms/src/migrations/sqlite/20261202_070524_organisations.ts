import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { organisationSlugFor, organisationTables, organisationVersionTables } from '../intoOneOrganisation'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_languages_order_idx\` ON \`site_settings_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_languages_parent_idx\` ON \`site_settings_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_languages_order_idx\` ON \`_site_settings_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_languages_parent_idx\` ON \`_site_settings_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_organisations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organisations_order_idx\` ON \`users_organisations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_organisations_parent_id_idx\` ON \`users_organisations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_organisations_organisation_idx\` ON \`users_organisations\` (\`organisation_id\`);`)
  // Edited by hand: drizzle-kit copied the new columns (tenant_id, public_contact_email) from the old table too.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`organisation_short_name\` text,
  	\`organisation_logo_id\` integer,
  	\`organisation_website\` text,
  	\`public_contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "organisation_short_name", "organisation_logo_id", "organisation_website", "updated_at", "created_at", "_status") SELECT "id", "organisation_short_name", "organisation_logo_id", "organisation_website", "updated_at", "created_at", "_status" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_tenant_idx\` ON \`site_settings\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_organisation_organisation_logo_idx\` ON \`site_settings\` (\`organisation_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_updated_at_idx\` ON \`site_settings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_created_at_idx\` ON \`site_settings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`regional_networks\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`regional_networks_tenant_idx\` ON \`regional_networks\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_version_version_tenant_idx\` ON \`_regional_networks_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`contacts_tenant_idx\` ON \`contacts\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_contacts_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_contacts_v_version_version_tenant_idx\` ON \`_contacts_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`international_partners\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`international_partners_tenant_idx\` ON \`international_partners\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_international_partners_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_version_version_tenant_idx\` ON \`_international_partners_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`action_plans\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`action_plans_tenant_idx\` ON \`action_plans\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_version_version_tenant_idx\` ON \`_action_plans_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_tenant_idx\` ON \`action_plan_targets\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_version_version_tenant_idx\` ON \`_action_plan_targets_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`pages_tenant_idx\` ON \`pages\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_tenant_idx\` ON \`_pages_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`media_tenant_idx\` ON \`media\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`webhook_targets\` ADD \`organisation_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`webhook_targets_organisation_idx\` ON \`webhook_targets\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_settings_id\` integer REFERENCES site_settings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisations_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`site_settings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`public_contact_label\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`public_contact_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`parent_id\` integer REFERENCES site_settings(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_tenant_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_public_contact_email\` text;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_parent_idx\` ON \`_site_settings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_tenant_idx\` ON \`_site_settings_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_updated_at_idx\` ON \`_site_settings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_created_at_idx\` ON \`_site_settings_v\` (\`version_created_at\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_public_contact_label\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_public_contact_url\` text;`)
  await intoOneOrganisation(db)
}

/** Documents saved before organisations existed belong to one, named after the site settings (intoOneOrganisation.ts). */
async function intoOneOrganisation(db: MigrateUpArgs['db']): Promise<void> {
  const count = async (table: string) =>
    Number(((await db.get(sql.raw(`SELECT count(*) AS n FROM \`${table}\``))) as { n: number }).n)
  const documents = (await Promise.all([...organisationTables, 'site_settings'].map(count))).reduce((a, b) => a + b, 0)
  if (documents === 0 || (await count('organisations')) > 0) return
  const named = (await db.get(
    sql`SELECT organisation_name AS name FROM site_settings_locales ORDER BY _locale = 'fi' DESC, id LIMIT 1`,
  )) as { name: string | null } | undefined
  const name = named?.name || 'Organisation'
  const now = new Date().toISOString()
  await db.run(
    sql`INSERT INTO organisations (name, slug, updated_at, created_at) VALUES (${name}, ${organisationSlugFor(name)}, ${now}, ${now})`,
  )
  const { id } = (await db.get(sql`SELECT id FROM organisations LIMIT 1`)) as { id: number }
  for (const table of organisationTables) await db.run(sql.raw(`UPDATE \`${table}\` SET tenant_id = ${id}`))
  for (const table of organisationVersionTables)
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET version_tenant_id = ${id}`))
  await db.run(sql.raw(`UPDATE site_settings SET tenant_id = ${id}`))
  // The global's versions become the versions of its one document.
  await db.run(
    sql.raw(`UPDATE _site_settings_v SET version_tenant_id = ${id}, parent_id = (SELECT id FROM site_settings LIMIT 1)`),
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_languages\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`users_organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_regional_networks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regional_networks\`("id", "acronym", "acronym_expansion", "region", "founded", "meeting_cadence_frequency", "has_regional_group_representative", "image_id", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "acronym", "acronym_expansion", "region", "founded", "meeting_cadence_frequency", "has_regional_group_representative", "image_id", "seo_image_id", "updated_at", "created_at", "_status" FROM \`regional_networks\`;`)
  await db.run(sql`DROP TABLE \`regional_networks\`;`)
  await db.run(sql`ALTER TABLE \`__new_regional_networks\` RENAME TO \`regional_networks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`regional_networks_image_idx\` ON \`regional_networks\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_seo_seo_image_idx\` ON \`regional_networks\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_updated_at_idx\` ON \`regional_networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks_created_at_idx\` ON \`regional_networks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regional_networks__status_idx\` ON \`regional_networks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__regional_networks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__regional_networks_v\`("id", "parent_id", "version_acronym", "version_acronym_expansion", "version_region", "version_founded", "version_meeting_cadence_frequency", "version_has_regional_group_representative", "version_image_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_acronym", "version_acronym_expansion", "version_region", "version_founded", "version_meeting_cadence_frequency", "version_has_regional_group_representative", "version_image_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_regional_networks_v\`;`)
  await db.run(sql`DROP TABLE \`_regional_networks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__regional_networks_v\` RENAME TO \`_regional_networks_v\`;`)
  await db.run(sql`CREATE INDEX \`_regional_networks_v_parent_idx\` ON \`_regional_networks_v\` (\`parent_id\`);`)
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
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`publishable\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contacts\`("id", "name", "email", "phone", "publishable", "updated_at", "created_at", "_status") SELECT "id", "name", "email", "phone", "publishable", "updated_at", "created_at", "_status" FROM \`contacts\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_contacts\` RENAME TO \`contacts\`;`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts__status_idx\` ON \`contacts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__contacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__contacts_v\`("id", "parent_id", "version_name", "version_email", "version_phone", "version_publishable", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_email", "version_phone", "version_publishable", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_contacts_v\`;`)
  await db.run(sql`DROP TABLE \`_contacts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__contacts_v\` RENAME TO \`_contacts_v\`;`)
  await db.run(sql`CREATE INDEX \`_contacts_v_parent_idx\` ON \`_contacts_v\` (\`parent_id\`);`)
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
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_international_partners\`("id", "abbreviation", "country", "kind", "scope", "relationship", "status", "website", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "abbreviation", "country", "kind", "scope", "relationship", "status", "website", "seo_image_id", "updated_at", "created_at", "_status" FROM \`international_partners\`;`)
  await db.run(sql`DROP TABLE \`international_partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_international_partners\` RENAME TO \`international_partners\`;`)
  await db.run(sql`CREATE INDEX \`international_partners_seo_seo_image_idx\` ON \`international_partners\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`international_partners_updated_at_idx\` ON \`international_partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`international_partners_created_at_idx\` ON \`international_partners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`international_partners__status_idx\` ON \`international_partners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__international_partners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__international_partners_v\`("id", "parent_id", "version_abbreviation", "version_country", "version_kind", "version_scope", "version_relationship", "version_status", "version_website", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_abbreviation", "version_country", "version_kind", "version_scope", "version_relationship", "version_status", "version_website", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_international_partners_v\`;`)
  await db.run(sql`DROP TABLE \`_international_partners_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__international_partners_v\` RENAME TO \`_international_partners_v\`;`)
  await db.run(sql`CREATE INDEX \`_international_partners_v_parent_idx\` ON \`_international_partners_v\` (\`parent_id\`);`)
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
  	\`organisation\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`foreword_author\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_action_plans\`("id", "organisation", "period_start", "period_end", "foreword_author", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "organisation", "period_start", "period_end", "foreword_author", "seo_image_id", "updated_at", "created_at", "_status" FROM \`action_plans\`;`)
  await db.run(sql`DROP TABLE \`action_plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_action_plans\` RENAME TO \`action_plans\`;`)
  await db.run(sql`CREATE INDEX \`action_plans_seo_seo_image_idx\` ON \`action_plans\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plans_updated_at_idx\` ON \`action_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plans_created_at_idx\` ON \`action_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plans__status_idx\` ON \`action_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__action_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organisation\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
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
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__action_plans_v\`("id", "parent_id", "version_organisation", "version_period_start", "version_period_end", "version_foreword_author", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_organisation", "version_period_start", "version_period_end", "version_foreword_author", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_action_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_action_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__action_plans_v\` RENAME TO \`_action_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_action_plans_v_parent_idx\` ON \`_action_plans_v\` (\`parent_id\`);`)
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
  	\`plan_id\` integer,
  	\`focus_area\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'increase',
  	\`baseline_value\` numeric,
  	\`baseline_date\` text,
  	\`target_kind\` text DEFAULT 'absolute',
  	\`target_value\` numeric,
  	\`target_deadline\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_action_plan_targets\`("id", "plan_id", "focus_area", "unit", "direction", "baseline_value", "baseline_date", "target_kind", "target_value", "target_deadline", "updated_at", "created_at", "_status") SELECT "id", "plan_id", "focus_area", "unit", "direction", "baseline_value", "baseline_date", "target_kind", "target_value", "target_deadline", "updated_at", "created_at", "_status" FROM \`action_plan_targets\`;`)
  await db.run(sql`DROP TABLE \`action_plan_targets\`;`)
  await db.run(sql`ALTER TABLE \`__new_action_plan_targets\` RENAME TO \`action_plan_targets\`;`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_plan_idx\` ON \`action_plan_targets\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_updated_at_idx\` ON \`action_plan_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets_created_at_idx\` ON \`action_plan_targets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`action_plan_targets__status_idx\` ON \`action_plan_targets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__action_plan_targets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_plan_id\` integer,
  	\`version_focus_area\` text,
  	\`version_unit\` text,
  	\`version_direction\` text DEFAULT 'increase',
  	\`version_baseline_value\` numeric,
  	\`version_baseline_date\` text,
  	\`version_target_kind\` text DEFAULT 'absolute',
  	\`version_target_value\` numeric,
  	\`version_target_deadline\` text,
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
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`action_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__action_plan_targets_v\`("id", "parent_id", "version_plan_id", "version_focus_area", "version_unit", "version_direction", "version_baseline_value", "version_baseline_date", "version_target_kind", "version_target_value", "version_target_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_plan_id", "version_focus_area", "version_unit", "version_direction", "version_baseline_value", "version_baseline_date", "version_target_kind", "version_target_value", "version_target_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_action_plan_targets_v\`;`)
  await db.run(sql`DROP TABLE \`_action_plan_targets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__action_plan_targets_v\` RENAME TO \`_action_plan_targets_v\`;`)
  await db.run(sql`CREATE INDEX \`_action_plan_targets_v_parent_idx\` ON \`_action_plan_targets_v\` (\`parent_id\`);`)
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
  	\`parent_id\` integer,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "parent_id", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "parent_id", "seo_image_id", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_seo_seo_image_idx\` ON \`pages\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_parent_id\` integer,
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
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_parent_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_parent_id", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_content_url\` text,
  	\`sizes_content_width\` numeric,
  	\`sizes_content_height\` numeric,
  	\`sizes_content_mime_type\` text,
  	\`sizes_content_filesize\` numeric,
  	\`sizes_content_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_content_url", "sizes_content_width", "sizes_content_height", "sizes_content_mime_type", "sizes_content_filesize", "sizes_content_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_content_url", "sizes_content_width", "sizes_content_height", "sizes_content_mime_type", "sizes_content_filesize", "sizes_content_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_content_sizes_content_filename_idx\` ON \`media\` (\`sizes_content_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_short_name\` text,
  	\`organisation_logo_id\` integer,
  	\`organisation_website\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`organisation_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "organisation_short_name", "organisation_logo_id", "organisation_website", "_status", "updated_at", "created_at") SELECT "id", "organisation_short_name", "organisation_logo_id", "organisation_website", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_organisation_organisation_logo_idx\` ON \`site_settings\` (\`organisation_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_organisation_short_name\` text,
  	\`version_organisation_logo_id\` integer,
  	\`version_organisation_website\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_organisation_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_organisation_short_name", "version_organisation_logo_id", "version_organisation_website", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "version_organisation_short_name", "version_organisation_logo_id", "version_organisation_website", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_organisation_version_organisati_idx\` ON \`_site_settings_v\` (\`version_organisation_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_snapshot_idx\` ON \`_site_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_published_locale_idx\` ON \`_site_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_autosave_idx\` ON \`_site_settings_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhook_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`format\` text DEFAULT 'standard-webhooks' NOT NULL,
  	\`secret\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhook_targets\`("id", "name", "url", "format", "secret", "enabled", "updated_at", "created_at") SELECT "id", "name", "url", "format", "secret", "enabled", "updated_at", "created_at" FROM \`webhook_targets\`;`)
  await db.run(sql`DROP TABLE \`webhook_targets\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_targets\` RENAME TO \`webhook_targets\`;`)
  await db.run(sql`CREATE INDEX \`webhook_targets_updated_at_idx\` ON \`webhook_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_targets_created_at_idx\` ON \`webhook_targets\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_targets_id\`) REFERENCES \`webhook_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "regional_networks_id", "contacts_id", "international_partners_id", "action_plans_id", "action_plan_targets_id", "pages_id", "media_id", "users_id", "webhook_targets_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "regional_networks_id", "contacts_id", "international_partners_id", "action_plans_id", "action_plan_targets_id", "pages_id", "media_id", "users_id", "webhook_targets_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`public_contact_label\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`public_contact_url\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_public_contact_label\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_public_contact_url\`;`)
}
