//go:build !fetchdata

package share

import _ "embed"

// The codec's data, which every build carries but the app the site ships
// (-tags fetchdata), which loads it instead (see Load).

// dictEnglish1 is the plan dictionary (compress.go).
//
//go:embed dict/en-1.txt
var dictEnglish1 []byte

// dictReply1 is the reply dictionary: openings of questions and requests
// people write back. Like the plan dictionary, its bytes never change once
// released (TestDictionariesNeverChange).
//
//go:embed dict/reply-en-1.txt
var dictReply1 []byte

// wordList is the list SuggestPassphrase draws from: 1,208 short, common
// English words that are easy to say and hear — nothing rude, nothing about
// relationships or trust, no homophones (bear/bare), no words spelled
// differently in British and American English. TestPassphraseWords keeps it
// that way.
//
//go:embed words.txt
var wordList string
