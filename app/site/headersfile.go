package site

import (
	"fmt"
	"strings"

	"mend/app/headers"
)

// HeadersFile returns a _headers file (the format Netlify and Cloudflare
// Pages read) that sends Mend's security headers with every file. Every
// file is revalidated before use (with an ETag that is cheap): pattern rules
// differ between hosts, and a stale app.wasm or page would be worse than a
// 304. The service worker's cache is what makes the app fast and offline.
func HeadersFile() []byte {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, h := range headers.Security {
		fmt.Fprintf(&b, "  %s: %s\n", h.Name, h.Value)
	}
	b.WriteString("  Cache-Control: no-cache\n")
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n")
	b.WriteString("/manifest.webmanifest\n  Content-Type: application/manifest+json\n")
	return []byte(b.String())
}
