package journey

// Done returns the steps marked done in marked (slugs as stored), by slug.
// Slugs that name no step are ignored.
func Done(marked []string) map[string]bool {
	done := make(map[string]bool, len(marked))
	for _, slug := range marked {
		if Valid(slug) {
			done[slug] = true
		}
	}
	return done
}

// Next returns the first step in journey order not in done, and false when
// every step is done.
func Next(done map[string]bool) (Step, bool) {
	for _, step := range Steps {
		if !done[step.Slug] {
			return step, true
		}
	}
	return Step{}, false
}

// Mark returns marked with slug added (done) or removed (not done), in
// journey order, free of repeats and of slugs that name no step.
func Mark(marked []string, slug string, done bool) []string {
	set := Done(marked)
	set[slug] = done
	var out []string
	for _, step := range Steps {
		if set[step.Slug] {
			out = append(out, step.Slug)
		}
	}
	return out
}
