package share_test

import (
	"errors"
	"fmt"
	"time"

	"mend/app/plan"
	"mend/app/share"
)

func ExampleEncode() {
	p := plan.Plan{
		WhatIDid:     "I lied to you about where I was on Friday nights.",
		WhyAndChange: "A private reflection: not shared unless chosen.",
		Commitments: []plan.Commitment{
			{ID: "k2n4bq7xd1", Text: "Tell you where I am when plans change.", Cadence: plan.Daily, Since: "2026-03-01"},
		},
	}
	frag, err := share.Encode(p, []plan.Section{plan.SectionWhatIDid, plan.SectionCommitments}, share.Options{
		SharedAt: time.Date(2026, 3, 4, 19, 30, 0, 0, time.UTC),
		Version:  1,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	link := share.Link("https://example.org", frag)
	fmt.Println(link[:25], len(link) < 200)
	// Output: https://example.org/view# true
}

func ExampleDecode() {
	p := plan.Plan{Remedy: "I will pay back every penny, two hundred a month."}
	frag, _ := share.Encode(p, []plan.Section{plan.SectionRemedy}, share.Options{Version: 3})

	// What a mail program might make of the link: wrapped, escaped, dotted.
	mangled := "https://example.org/view%23" + frag[:20] + "\n" + frag[20:] + "."
	shared, err := share.Decode(mangled, "")
	if err != nil {
		fmt.Println(share.UserMessage(err))
		return
	}
	fmt.Println(shared.Version, shared.Sections, shared.Plan.Remedy)

	_, err = share.Decode(frag[:len(frag)-4], "")
	fmt.Println(errors.Is(err, share.ErrDamaged), share.UserMessage(err))
	// Output:
	// 3 [remedy] I will pay back every penny, two hundred a month.
	// true This link is damaged or cut off — ask for it again.
}
