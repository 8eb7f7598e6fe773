package components

import (
	"testing"

	"mend/app/route"
)

func TestEveryComponentIsAPageOfTheRouteTable(t *testing.T) {
	listed := map[string]bool{}
	for _, p := range route.Pages() {
		listed[p.Path] = true
	}
	for path := range components {
		if !listed[path] {
			t.Errorf("components binds %s, which mend/app/route does not list", path)
		}
	}
	if got, want := len(Routes()), len(route.Pages()); got != want {
		t.Errorf("Routes() has %d pages, route.Pages() %d", got, want)
	}
}
