import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The admin lives under /admin and the REST API under /api; nothing else is served here.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
