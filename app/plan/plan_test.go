package plan

import (
	"testing"

	"mend/app/journey"
)

func TestSectionsPointAtRealSteps(t *testing.T) {
	seen := map[Section]bool{}
	for _, s := range Sections {
		if !journey.Valid(s.Step) {
			t.Errorf("section %q points at unknown step %q", s.ID, s.Step)
		}
		if seen[s.ID] {
			t.Errorf("section %q listed twice", s.ID)
		}
		seen[s.ID] = true
		if s.Title == "" || s.Purpose == "" {
			t.Errorf("section %q needs a title and a purpose", s.ID)
		}
	}
	if len(Sections) != 9 {
		t.Errorf("len(Sections) = %d, want 9", len(Sections))
	}
}

func TestOnlyWhyAndChangeIsPrivateByDefault(t *testing.T) {
	for _, s := range Sections {
		if want := s.ID == SectionWhyAndChange; s.PrivateByDefault != want {
			t.Errorf("section %q PrivateByDefault = %v, want %v", s.ID, s.PrivateByDefault, want)
		}
	}
}
