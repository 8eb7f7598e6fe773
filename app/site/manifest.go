package site

import (
	"encoding/json"
	"fmt"
)

// ManifestExtras are the members PatchManifest adds to go-app's manifest.
type ManifestExtras struct {
	ID, Lang                  string
	ThemeDark, BackgroundDark string
}

// PatchManifest adds what go-app's generated web app manifest lacks: an id
// (so the installed app keeps its identity if start_url ever changes), the
// language, and the frame colours for dark mode.
func PatchManifest(manifest []byte, x ManifestExtras) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("reading go-app's manifest: %w", err)
	}
	for _, member := range []string{"name", "short_name", "start_url", "display", "icons", "theme_color", "background_color"} {
		if _, ok := m[member]; !ok {
			return nil, fmt.Errorf("go-app's manifest has no %q; has go-app changed?", member)
		}
	}
	m["id"] = x.ID
	m["lang"] = x.Lang
	m["dir"] = "ltr"
	m["categories"] = []string{"health", "lifestyle"}
	// The dark-mode colours, as proposed in the W3C manifest incubations
	// (user_preferences); browsers that do not know it ignore it.
	m["user_preferences"] = map[string]any{
		"color_scheme": map[string]any{
			"dark": map[string]string{"theme_color": x.ThemeDark, "background_color": x.BackgroundDark},
		},
	}
	return json.MarshalIndent(m, "", "  ")
}
