// Command gen turns the guide's Markdown files into guide_gen.go.
//
// It is run by go generate in content/guide and is never linked into the app.
// It reads steps/<slug>.md for every step of the journey (in journey order),
// pages/<slug>.md for every page beside it, journey.md and sources.md,
// checks them, and writes Go composite literals.
// Any problem stops it with a file:line message, and nothing is written.
//
// # The format
//
// A step page starts with front matter, then has these sections, in order:
//
//	---
//	summary: One plain line for lists and the page description.
//	tool: [Write your apology in the workshop](/apology)
//	---
//
//	## What this step asks
//	## Why it matters
//	## Evidence            (optional; first line "Sources: key, key")
//	## Do                  (a list of at least three "- " items)
//	## Don't               (a list of at least three "- " items)
//	## Say this, not that  (two to four items: "- Say: ..." then "  Not: ...")
//	## Exercise
//	## In other relationships  (how the step reads for a friend, parent, sibling or colleague)
//
// A page beside the journey, pages/<slug>.md for each of journey.Pages, has
// front matter with only a summary, then "## " sections with headings of the
// writer's choosing, each holding paragraphs and "- " list items, and an
// optional "## Evidence" section, last, in the same form as a step's.
//
// journey.md has the sections "Introduction" (paragraphs) and "Reminders" (a
// list). sources.md has one section per source, headed "## key: Short label",
// holding the full citation and then a paragraph on what the guide uses it for.
//
// Paragraphs are runs of non-blank lines. List items start with "- " and
// continue on lines indented by two spaces. Inline markup is limited to
// *emphasis* and links to in-app routes, [text](/route). Straight quotes are
// turned into typographic ones; a single quote may only be an apostrophe.
//
// Usage:
//
//	go run ./gen [-dir .] [-out guide_gen.go] [-words]
//
// With -words it prints the number of words on each page instead of writing.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", ".", "the content/guide directory holding the Markdown files")
	out := flag.String("out", "guide_gen.go", "the Go file to write, relative to -dir")
	words := flag.Bool("words", false, "print word counts per page instead of writing the Go file")
	flag.Parse()

	g, err := parseGuide(os.DirFS(*dir))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *words {
		printWordCounts(os.Stdout, g)
		return
	}
	src, err := render(g)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	path := filepath.Join(*dir, *out)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, src) {
		return
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
