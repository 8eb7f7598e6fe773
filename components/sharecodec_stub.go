//go:build nosharecodec

package components

import (
	"errors"
	"time"

	"mend/app/plan"
	"mend/app/share"
)

// Stand-ins for the codec, linked only into the size benchmark's build of
// Mend without it (see sharecodec.go). That build is measured, never served.
var errNoCodec = errors.New("built without the share codec")

func encodeShare(plan.Plan, []plan.Section, share.Options) (string, error) { return "", errNoCodec }

func decodeShare(string, string) (share.Shared, error) { return share.Shared{}, errNoCodec }

func encodeReply(share.Reply, share.ReplyOptions) (string, error) { return "", errNoCodec }

func decodeReply(string, string) (share.Reply, error) { return share.Reply{}, errNoCodec }

func nextShare(plan.Plan, []plan.Section, time.Time, int, *share.Shared) (share.Shared, error) {
	return share.Shared{}, errNoCodec
}
