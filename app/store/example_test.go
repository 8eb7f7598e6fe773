package store_test

import (
	"fmt"
	"time"

	"mend/app/store"
)

func ExampleOpen() {
	backend := store.NewMemory() // in the browser: backend, kept := store.Browser()
	s, problem := store.Open(backend, nil)
	if problem != nil {
		// Offer problem.Raw as a download, then s.RestorePrevious() or
		// s.StartFresh() — only when the user chooses.
		fmt.Println(problem.Message)
		return
	}
	err := s.Update(func(d *store.Document) {
		d.Plan.WhatIDid = "I read your messages without asking."
		d.GuideDone = append(d.GuideDone, "own-it")
	})
	if err != nil {
		fmt.Println(store.UserMessage(err))
		return
	}
	fmt.Println(s.Doc().Plan.WhatIDid)
	// Output: I read your messages without asking.
}

func ExampleOpen_unreadable() {
	backend := store.NewMemory()
	backend.Set(store.Key, `{"v":1,"plan":{"what_i_did":"I read`) // cut short
	s, problem := store.Open(backend, nil)
	fmt.Println(problem.Kind, len(problem.Raw))
	fmt.Println(store.UserMessage(s.Update(func(*store.Document) {})))
	// Output:
	// corrupt 35
	// This change wasn't saved, because Mend is keeping your unreadable notes safe until you decide what to do with them.
}

func ExampleExport() {
	doc := store.Empty()
	doc.Plan.Remedy = "I will pay for the counselling."
	file, name, err := store.Export(doc, time.Date(2026, 11, 22, 18, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(store.UserMessage(err))
		return
	}
	fmt.Println(name)

	imported, summary, err := store.Import(file)
	if err != nil {
		fmt.Println(store.UserMessage(err))
		return
	}
	fmt.Println(imported.Plan.Remedy)
	fmt.Printf("%d section filled, exported %s\n", summary.SectionsFilled, summary.Exported)

	_, _, err = store.Import([]byte(`{"app":"notes","kind":"backup","v":1}`))
	fmt.Println(store.UserMessage(err))
	// Output:
	// mend-backup-2026-11-22.json
	// I will pay for the counselling.
	// 1 section filled, exported 2026-11-22T18:00:00Z
	// This file isn't a Mend backup, so nothing was imported. Your notes here are unchanged.
}
