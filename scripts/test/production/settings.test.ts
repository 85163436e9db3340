import { generateWebhookSecret } from '@union/shared/webhooks'
import { describe, expect, it } from 'vitest'
import { readProductionSettings } from '../../production/settings'

const complete = {
  PAYLOAD_SECRET: 'a-long-production-secret',
  SERVER_URL: 'https://cms.union.example/',
  SITE_URL: 'https://www.union.example',
  REBUILD_WEBHOOK_SECRET: generateWebhookSecret(),
  REBUILD_TOKEN: 'a-rebuild-token',
  DATA_DIR: '/srv/union/data',
}

describe('the production start', () => {
  it('names every missing setting at once, before it starts anything', () => {
    expect(() => readProductionSettings({})).toThrow(
      /PAYLOAD_SECRET is not set\n {2}- SERVER_URL is not set\n {2}- SITE_URL is not set\n {2}- REBUILD_WEBHOOK_SECRET is not set\n {2}- REBUILD_TOKEN is not set/,
    )
  })

  it('names a malformed URL, webhook secret or port', () => {
    const run = () =>
      readProductionSettings({
        ...complete,
        SITE_URL: 'www.union.example',
        REBUILD_WEBHOOK_SECRET: 'x',
        CMS_PORT: '80a',
      })
    expect(run).toThrow(/SITE_URL "www.union.example" is not an http\(s\) URL/)
    expect(run).toThrow(/REBUILD_WEBHOOK_SECRET/)
    expect(run).toThrow(/CMS_PORT "80a" is not a port number/)
  })

  it('runs every part in production mode, talking to each other on this machine, with the data in DATA_DIR', () => {
    const settings = readProductionSettings({ ...complete, CMS_PORT: '3100' })
    expect(settings.env).toMatchObject({
      NODE_ENV: 'production',
      SERVER_URL: 'https://cms.union.example',
      SITES_DIR: '/srv/union/data/site',
      CMS_URL: 'http://127.0.0.1:3100',
      REBUILD_URL: 'http://127.0.0.1:4322',
      CMS_ORIGIN: 'https://cms.union.example',
    })
  })
})
