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
  // Processed images are reused between builds from here (Astro's default, named to be explicit).
  cacheDir: './node_modules/.astro',
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
