import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The admin lives under /admin and the REST API under /api; nothing else is served here.
  poweredByHeader: false,
  // NEXT_DIST_DIR (default .next) lets a second `next dev` run beside `npm start`: Next allows one
  // dev server per build folder. The end-to-end tests use .next/e2e; it must stay inside cms/.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
