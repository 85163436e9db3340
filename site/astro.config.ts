import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'
import { siteUrl } from './src/siteEnv'

export default defineConfig({
  site: siteUrl,
  output: 'static',
  // `preserve` maps src/pages/[locale]/404.astro to /fi/404.html, a 404 page per locale.
  build: { format: 'preserve' },
  trailingSlash: 'ignore',
  integrations: [mdx()],
  // Astro's default, named to be explicit. The publisher gives each build a folder of its own
  // (SITE_CACHE_DIR), since Astro keeps the build's content store there and builds of different
  // organisations' sites, or a preview beside a publish, run at once; their processed images stay
  // shared in node_modules/.astro/assets (publisher/src/build/buildSite.ts).
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  image: { responsiveStyles: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // @astrojs/mdx marks its modules "use astro:head-inject"; the bundler warns it may drop the
        // directive, which Astro reads before bundling. Nothing to fix on our side: keep logs readable.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return
          handler(level, log)
        },
      },
    },
  },
})
