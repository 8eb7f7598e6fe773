// Package headers defines the HTTP response headers Mend is served with: the
// Content-Security-Policy and the other security headers, and how long each
// kind of file may be cached.
//
// The same definitions feed the development server (cmd/server), the
// <meta http-equiv="Content-Security-Policy"> tag and the _headers file that
// `make dist` writes for static hosts, so the policy is stated once.
package headers

import (
	"path"
	"strings"
)

// ContentSecurityPolicy allows nothing but this origin. 'wasm-unsafe-eval'
// is needed to instantiate app.wasm; there are no inline scripts or styles.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
	"worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
	"frame-ancestors 'none'"

// MetaContentSecurityPolicy is the policy for a <meta> tag, where browsers
// ignore frame-ancestors (and warn about it), so it is left out.
var MetaContentSecurityPolicy = strings.TrimSuffix(ContentSecurityPolicy, "; frame-ancestors 'none'")

// PermissionsPolicy denies every powerful feature Mend does not use.
// Only features Chromium recognises are named: it logs an error for each
// unknown one.
const PermissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), " +
	"geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), " +
	"payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()"

// Header is one HTTP response header.
type Header struct {
	Name, Value string
}

// Security lists the headers sent with every response.
var Security = []Header{
	{"Content-Security-Policy", ContentSecurityPolicy},
	{"Referrer-Policy", "no-referrer"},
	{"X-Content-Type-Options", "nosniff"},
	{"Permissions-Policy", PermissionsPolicy},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
}

// CacheControl returns the Cache-Control value for the file served at
// urlPath. Pages, the service worker, the manifest and app.wasm must be
// revalidated every time: the service worker's cache is what keeps them for
// offline use, and a stale HTTP cache would let a new worker precache old
// files. Everything else may be cached for an hour and then revalidated.
func CacheControl(urlPath string) string {
	switch {
	case urlPath == "/" || path.Ext(urlPath) == "" || path.Ext(urlPath) == ".html",
		urlPath == "/app-worker.js",
		urlPath == "/manifest.webmanifest",
		urlPath == "/app.js",
		urlPath == "/wasm_exec.js",
		urlPath == "/app.css",
		strings.HasSuffix(urlPath, ".wasm"):
		return "no-cache"
	default:
		return "public, max-age=3600, must-revalidate"
	}
}
