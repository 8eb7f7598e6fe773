//go:build !nosharecodec

package components

import "mend/app/share"

// The share, view and reply pages reach the link codec only through these, so
// that the size benchmark can build Mend without it (-tags nosharecodec) and
// measure what the codec adds to app.wasm.
var (
	encodeShare = share.Encode
	decodeShare = share.Decode
	encodeReply = share.EncodeReply
	decodeReply = share.DecodeReply
	nextShare   = share.Next
)
