package markup

import (
	"html"
	"testing"
)

func TestEscapeMatchesTheStandardLibrary(t *testing.T) {
	for _, s := range []string{"", "plain words", `<b> & "quoted" 'single'`, "100% kept — “fine” > ok", "&amp;"} {
		if got, want := Escape(s), html.EscapeString(s); got != want {
			t.Errorf("Escape(%q) = %q, want %q", s, got, want)
		}
	}
}
