package headers

import (
	"strings"
	"testing"
)

func TestPolicyAllowsOnlyThisOrigin(t *testing.T) {
	for _, directive := range strings.Split(ContentSecurityPolicy, ";") {
		for _, source := range strings.Fields(directive)[1:] {
			switch source {
			case "'self'", "'none'", "'wasm-unsafe-eval'", "data:":
			default:
				t.Errorf("directive %q allows %s; only this origin may be allowed", strings.TrimSpace(directive), source)
			}
		}
	}
	if strings.Contains(ContentSecurityPolicy, "unsafe-inline") {
		t.Error("the policy allows inline code")
	}
}

func TestMetaPolicyDropsOnlyFrameAncestors(t *testing.T) {
	if strings.Contains(MetaContentSecurityPolicy, "frame-ancestors") {
		t.Error("frame-ancestors is ignored in a <meta> policy and must be left out")
	}
	if !strings.HasPrefix(ContentSecurityPolicy, MetaContentSecurityPolicy) || len(MetaContentSecurityPolicy) < 100 {
		t.Errorf("meta policy %q is not the header policy less frame-ancestors", MetaContentSecurityPolicy)
	}
}

func TestCacheControl(t *testing.T) {
	for path, want := range map[string]string{
		"/":                     "no-cache",
		"/plan":                 "no-cache",
		"/guide/own-it":         "no-cache",
		"/index.html":           "no-cache",
		"/app-worker.js":        "no-cache",
		"/manifest.webmanifest": "no-cache",
		"/web/app.wasm":         "no-cache",
		"/web/mend.css":         "public, max-age=3600, must-revalidate",
		"/web/icon-192.png":     "public, max-age=3600, must-revalidate",
	} {
		if got := CacheControl(path); got != want {
			t.Errorf("CacheControl(%q) = %q, want %q", path, got, want)
		}
	}
}
