package main

import (
	"bytes"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"mend/app/journey"
)

// TestGeneratedFileIsUpToDate regenerates guide_gen.go in memory from the
// Markdown files and compares it with the committed file byte for byte.
func TestGeneratedFileIsUpToDate(t *testing.T) {
	g, err := parseGuide(os.DirFS(".."))
	if err != nil {
		t.Fatalf("the guide does not parse:\n%v", err)
	}
	want, err := render(g)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../guide_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("guide_gen.go is stale: run go generate ./content/guide and commit the result")
	}
}

// validStep is a well-formed step page; the error cases below break it in
// one place each. Its line numbers matter to the expected messages.
const validStep = `---
summary: A short summary.
tool: [Open the workshop](/apology)
---

## What this step asks

Asks text.

## Why it matters

Why text.

## Evidence

Sources: lewicki2016

Evidence text.

## Do

- one
- two
- three

## Don't

- one
- two
- three

## Say this, not that

- Say: good
  Not: bad
- Say: good
  Not: bad

## Exercise

Exercise text.

## In other relationships

Others text.
`

// validPage is a well-formed page beside the journey.
const validPage = `---
summary: A short summary.
---

## First part

A paragraph with a [link](/guide/getting-help).

- one
- two

## Evidence

Sources: lewicki2016

Evidence text.
`

// guideFS returns the real guide files with some replaced (or, when the
// content is empty, removed).
func guideFS(t *testing.T, replace map[string]string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(".."), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(".."), path)
		fsys[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for path, content := range replace {
		if content == "" {
			delete(fsys, path)
			continue
		}
		fsys[path] = &fstest.MapFile{Data: []byte(content)}
	}
	return fsys
}

func TestValidStepParses(t *testing.T) {
	if _, err := parseGuide(guideFS(t, map[string]string{"steps/own-it.md": validStep})); err != nil {
		t.Fatalf("the valid fixture does not parse:\n%v", err)
	}
}

func TestValidPageParses(t *testing.T) {
	g, err := parseGuide(guideFS(t, map[string]string{"pages/getting-help.md": validPage}))
	if err != nil {
		t.Fatalf("the valid page does not parse:\n%v", err)
	}
	var pg page
	for _, p := range g.Pages {
		if journey.Pages[p.Index].Slug == "getting-help" {
			pg = p
		}
	}
	if len(pg.Sections) != 1 || pg.Sections[0].ID != "first-part" || len(pg.Sections[0].Blocks) != 3 {
		t.Fatalf("parsed %+v; want one section, first-part, with a paragraph and two items", pg.Sections)
	}
	if b := pg.Sections[0].Blocks; b[0].Item || !b[1].Item || !b[2].Item || b[0].Text[1].Href != "/guide/getting-help" {
		t.Errorf("blocks %+v: want a paragraph with its link, then two list items", b)
	}
	if pg.Evidence == nil || pg.Evidence.Keys[0] != "lewicki2016" {
		t.Errorf("evidence %+v, want lewicki2016", pg.Evidence)
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	edit := func(old, new string) map[string]string {
		if !strings.Contains(validStep, old) {
			t.Fatalf("the fixture has no %q", old)
		}
		return map[string]string{"steps/own-it.md": strings.Replace(validStep, old, new, 1)}
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown section", edit("## Exercise", "## Homework"),
			`steps/own-it.md:39: unknown section "Homework"`},
		{"missing section", edit("## Why it matters\n\nWhy text.\n\n", ""),
			`steps/own-it.md:10: missing section "Why it matters"`},
		{"section out of order", edit("## Do\n\n- one\n- two\n- three\n\n## Don't", "## Don't\n\n- one\n- two\n- three\n\n## Do"),
			`steps/own-it.md:26: section "Do" must come before "Don't"`},
		{"repeated section", edit("## Exercise", "## Exercise\n\nMore.\n\n## Exercise"),
			`steps/own-it.md:43: section "Exercise" appears twice`},
		{"link to a route that does not exist", edit("Asks text.", "See [the forum](/forum)."),
			`steps/own-it.md:8: link to "/forum", which is not a route of the app`},
		{"link to a step that does not exist", edit("Asks text.", "See [this](/guide/forgive-and-forget)."),
			`steps/own-it.md:8: link to "/guide/forgive-and-forget", which is not a route`},
		{"link outside the app", edit("Why text.", "See [this](https://example.com)."),
			`steps/own-it.md:12: link "https://example.com" leaves the app`},
		{"anchor on a route without sections", edit("(/apology)", "(/progress#week)"),
			`steps/own-it.md:3: link to "/progress#week": only /plan has section anchors`},
		{"unknown plan section", edit("(/apology)", "(/plan#feelings)"),
			`steps/own-it.md:3: link to "/plan#feelings": only /plan has section anchors`},
		{"evidence key not in sources", edit("Sources: lewicki2016", "Sources: lewicki2016, nobody2020"),
			`steps/own-it.md:16: evidence cites "nobody2020", which sources.md does not define`},
		{"evidence without sources line", edit("Sources: lewicki2016\n\n", ""),
			`steps/own-it.md:14: the Evidence section starts with a line "Sources: key, key"`},
		{"unclosed emphasis", edit("Asks text.", "Asks *text."),
			`steps/own-it.md:8: *emphasis* is opened but never closed`},
		{"raw HTML", edit("Asks text.", "Asks <b>text</b>."),
			`steps/own-it.md:8: unsupported character '<'`},
		{"broken link syntax", edit("Asks text.", "Asks [text."),
			`steps/own-it.md:8: a "[" must start a link`},
		{"single quote used for quoting", edit("Asks text.", "Say 'sorry' first."),
			`steps/own-it.md:8: a single quote may only be an apostrophe`},
		{"too few do items", edit("- three\n", ""),
			`steps/own-it.md:20: section "Do" needs at least 3 items, has 2`},
		{"list where paragraphs belong", edit("Asks text.", "- Asks text."),
			`steps/own-it.md:8: section "What this step asks" takes paragraphs, not list items`},
		{"paragraph where a list belongs", edit("- one\n- two\n- three\n\n## Don't", "- one\n- two\n- three\n\nA paragraph.\n\n## Don't"),
			`steps/own-it.md:26: section "Do" takes "- " list items, not paragraphs`},
		{"unindented continuation", edit("- two\n", "- two\ncontinued\n"),
			`steps/own-it.md:24: indent this line by two spaces`},
		{"pair without Not", edit("  Not: bad\n", ""),
			`steps/own-it.md:34: this pair has no indented "Not: " line`},
		{"pair without Say", edit("- Say: good", "- good"),
			`steps/own-it.md:34: each pair is a list item starting "- Say: "`},
		{"too few pairs", edit("- Say: good\n  Not: bad\n", ""),
			`steps/own-it.md:32: section "Say this, not that" needs two to four pairs, has 1`},
		{"other heading level", edit("Asks text.", "# Asks"),
			`steps/own-it.md:8: only "## " section headings are allowed`},
		{"numbered list", edit("Asks text.", "1. Asks text."),
			`steps/own-it.md:8: unsupported markup "1. Asks text."`},
		{"placeholder text", edit("Exercise text.", "Write this "+"to"+"do."),
			`steps/own-it.md:41: placeholder text`},
		{"no front matter", edit("---\nsummary: A short summary.\ntool: [Open the workshop](/apology)\n---\n", ""),
			`steps/own-it.md:1: the page must start with front matter`},
		{"unclosed front matter", edit("tool: [Open the workshop](/apology)\n---\n", "tool: [Open the workshop](/apology)\n"),
			`steps/own-it.md:1: the front matter is never closed`},
		{"unknown front matter key", edit("summary: A short summary.\n", "summary: A short summary.\nmood: calm\n"),
			`steps/own-it.md:3: unknown front matter key "mood"`},
		{"missing front matter key", edit("tool: [Open the workshop](/apology)\n", ""),
			`steps/own-it.md:1: front matter needs a "tool" line`},
		{"tool that is not a link", edit("tool: [Open the workshop](/apology)", "tool: Open the workshop"),
			`steps/own-it.md:3: tool must be a single link`},
		{"summary with markup", edit("A short summary.", "A *short* summary."),
			`steps/own-it.md:2: "A *short* summary." must be plain text`},
		{"summary too long", edit("A short summary.", strings.Repeat("word ", 30)),
			`steps/own-it.md:2: the summary has 149 characters`},
		{"text before the first section", edit("\n## What this step asks", "Hello.\n## What this step asks"),
			`steps/own-it.md:5: text before the first "## " section heading`},
		{"step page missing", map[string]string{"steps/listen.md": ""},
			`steps/listen.md:1: missing: every journey step needs a page`},
		{"page for no step", map[string]string{"steps/forgive-and-forget.md": validStep},
			`steps/forgive-and-forget.md:1: no journey step has this file name`},
		{"malformed source heading", map[string]string{"sources.md": "## Lewicki 2016\n\nCitation.\n\nFinding.\n"},
			`sources.md:1: a source is headed "## key: Short label"`},
		{"source without finding", map[string]string{"sources.md": "## lewicki2016: Lewicki (2016)\n\nCitation.\n"},
			`sources.md:1: source "lewicki2016" needs two paragraphs`},
		{"missing other relationships", edit("\n## In other relationships\n\nOthers text.\n", ""),
			`steps/own-it.md:42: missing section "In other relationships"`},
		{"page for no journey page", map[string]string{"pages/forum.md": validPage},
			`pages/forum.md:1: no page of app/journey has this file name`},
		{"journey page without its file", map[string]string{"pages/safety.md": ""},
			`pages/safety.md:1: missing: every page of journey.Pages needs its words here`},
		{"page with a step's front matter", map[string]string{"pages/getting-help.md": strings.Replace(validPage, "---\n\n", "tool: [Open](/apology)\n---\n\n", 1)},
			`pages/getting-help.md:3: unknown front matter key "tool"`},
		{"page with two headings alike", map[string]string{"pages/getting-help.md": strings.Replace(validPage, "## Evidence", "## First part!\n\nMore.\n\n## Evidence", 1)},
			`pages/getting-help.md:12: section heading "First part!" must be words, and different`},
		{"page evidence before a section", map[string]string{"pages/getting-help.md": validPage + "\n## Later\n\nText.\n"},
			`pages/getting-help.md:12: the Evidence section comes last on a page`},
		{"page link to nowhere", map[string]string{"pages/getting-help.md": strings.Replace(validPage, "/guide/getting-help", "/guide/help-me", 1)},
			`pages/getting-help.md:7: link to "/guide/help-me", which is not a route of the app`},
		{"unknown journey section", map[string]string{"journey.md": "## Introduction\n\nHello.\n\n## Tips\n\n- a\n"},
			`journey.md:5: unknown section "Tips"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseGuide(guideFS(t, tc.files))
			if err == nil {
				t.Fatalf("parsed without error; want %s", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error does not contain %q:\n%v", tc.want, err)
			}
			for _, msg := range strings.Split(err.Error(), "\n") {
				if !fileLine.MatchString(msg) {
					t.Errorf("message without file:line: %q", msg)
				}
			}
		})
	}
}

var fileLine = regexp.MustCompile(`^[a-z0-9/-]+\.md:[0-9]+: \S`)

func TestRenderedFileIsMarkedGenerated(t *testing.T) {
	g, err := parseGuide(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	src, err := render(g)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(src), "\n")
	if !regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`).MatchString(first) {
		t.Errorf("first line %q is not a Go generated-code header", first)
	}
}
