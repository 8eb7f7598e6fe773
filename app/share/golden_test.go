package share

import (
	"bytes"
	"reflect"
	"testing"
)

// goldenPlanLinks are plan links made by the app before reply links
// existed (commit e795823), from the sample plans with fixed options.
// Reply links added a kind to the header; plan links must still be made
// and read exactly as before.
var goldenPlanLinks = map[string]string{
	"short":     "2AY1bMU7DQBA0dpWGN0SARIMsIRpIEwmkSAGBhKChNM45cbjExmcizBfoeAAVZf7EQ2jQzu1m7YiCB5zXPt_u7czO_EQfn--70fdeGIVhuA5HRSXJqgZYv888AWeaUO2llHl2QoILekfVqCpmxORG_ylQGx4px1P1CjI_pfWimWW4J04CBoR8DvJ6q78FqLGuEN0ud16EQ6n06SFFOQEXAOsrMRgplQ5SI4zRuyz9aorZqq0SN16HHRdKt51X8aiKo5Gt2H8RwOFt-FeaxvBse9ut0tVBQTrIN3OForcwi6JqlGrU5CK_CrEUdLR0SI5Wqm3eRThEYe-XWXpymy_UiaYm-P6CqhIFcJAC6oWpb-sRLFkRshfbz5dx8LXDGQpuArcDj60R4V-yBypf6N-xaQX6979FWWjixV-PAJVJqoqFQKDfUIW5JJKOl9BTfEDNuPej-8F4iyqHk88ki9iW9uTKb8-27RGhwMeAgOC09J3zqpwM7uX7FEkjV3HgRMJ_xECd1jai3UvnyeguV_hLz2aRBPOTFJtSjAgq9b3DGoACywUmfprWp-fU1tYz4e-139oIAhUBYSEzWZV7Pr4ppNvzvmes4H5KynBmc5xW-AjKZDUYZ1IBuNdX3IA1wCxgxbUD7bt8Ooub13S_PQOF0oRGV0QnuHziFUHD2wfjmF8F1ckDBJoYeqxRzhqXp4ndIGMAUEb8wKlo4rRuubdl3J2hAn-UBn5KYTlqpeaGl3zlIS1EBdoYJ5ES5c40XT30V0DmJ4mPWXUmcj7ho_0IjO28dMsQVVpiXd-arN5IDeeJub7w4zE2c6d5adRX4n96ZhMduDDp0h1V4Tuo1hXzcicIojAIoig4jHq9Xz4yvvY/",
	"long":      "2AX1cTW_cRBje7GaFoBK3nIm4IKRgcaMIpIiKKgo0BfEhxAXJa493pzhj44_1bu9wQVWlnnrqn-gPbPW8z7wzzlTqdbPrzNjzfj0ffrN68er_j1evP12tT9enz5fXlEcZ4pYeAt1r24K2vpXSYMuYq7sGyYdLrVBckFJ6rJfuREJdRmYBYtk60kFTUrJlgMJhMoZuVy-4oIolTu_N4JVIGbmgQKXX4k45L3J0qDTnlJI-ONf7WjtXYU4C5nHNoXao6o5ONWh6_129xxdBvxjWXFNJQiWVIDBuS7cMT3slg5BxQf_MLUPBGBR9DM1J6ku0LXCLde4Kk0JTmjbyzjci6fyQt03dbCnzDcbeaCBA7HaRbOaJCepTThp46EW4-TtTt_iq31jdN4kxgPLHxBmgHE-sYmmiwHUZ6rbi8EgIRQM9e7a8VtZElTBcLsYIDnr_jNYMPFbMJmNvalKb1uGGqX6WD7GopXRTTND0s7-D86QyNcyCSV72KlOFdo0yVfgW9jD0Uop2-cYOyYidGvgRtl4pQQE-kxhzHx39PDF3dGYvl_yaMAemDO0tnjYQf54UjaL5dXszoP3KpTUnNNwmYU7wBWQdDcwTlNOu7EwZgMoIEZLcyo9lTidKmKRYnhEIfRX9jjwzHqBTr3hsx9Hdd8fQgShDqZrwd1tcLfLKLmc_CJLLM0JJFnYfBVz0aRI5FQjvC3Mo6lEkKY3zHQsxpro7_vyHp4toyqX2xzuIY88Rz0GVuyHvj-d04XMP28aTLThRT0d7_waLh99guOPQjlZSpv6RK-eC8Vv3dPr21_eJiPB1dPl0pwy7Do1SBEuquvj6SsU6euiS0yiX0KqP_-XtGdmte3L9m_9D5MVwgSgdwsdjtzUEr4bQUSYujT7bHA8XN165yNGCxxDboDRRqwoYrDIzw_aXR1B-8VjWNQOdrm8thGWXBx_ztVe2XJyPTprVSdUNbBgn25vM2uH-44aZSQpRryUolh8_CqlSSVBLBKDLtw__jBITCVGqwrgNjTmSmumAGP2omd2PVyI_6mvbYmDXuy-_QX3ATZ534uKKjRBhRIWPU_njA7s9b8dOMpgvu5WthqMW4smkwEJESzo7EF2lQyHPi4u5PMG32qXZeP7KNeTfufnLY_Aj5D4hyOsGGE6dMSGJcClMMz8VQ0OH9byRZFHpG0WPv2EObUnDWQwSVXyXR9YOhzOoIGSeo4KcwoknNyHHkLCIk8cso2_klSHqVwfj3ZDwZhLGJxygI6YKMsYWu8h-ZLfT9su5_iNivRyI5ENWMK03l48fyBqYKvFh7_Xzllgp6y6esT2Y0g_qzrCyTsK7qaoZ_MPhtvsMeouymcPrykYShCKkd_nfCQ-vSii4dT-r0ySqWyTGnhQU2xOaZluh6S_Np2zKSIha54EMpFHngzUz4-0nUMVEdcsd-Bqikr_Y7ifUDHkzdgoTVeyAW8gLIGKiFzpeElIrHvfAX2X7zd-_fye-phY_QyDJ42ChUxUVq6WGDC6hEnC5c9gaVaeh0mSbQ_PoIVnDyLVjV2ZvWW2qKlDyzGR88PRBEaiP6E9mXfeVV0RGuYF1kCpcsHPZQKKKGZmwG88d9th2w_dX7_D3pbSURZ33Ihznu3gE1LCV7DDVI2Q7u19-tFgvTxcfnCwW69Xi8_XJYvHhvXtnZ28ByNv6NA/",
	"holdout":   "2AV1bvW7bMBC2ZLRjx07dOnRR_QIdgv6h6FDURYECHc_i2aEhiY4p2tAzZAuQNU-QvEJeLEtwHy8XOqMB2SaPFPnd9_Mwv7q5fDO_fl_VVV3d1dBYynpjBBoG9bQZQvSxOVkfu3k8whdHCScmAQ2j72zlwb6JyOblGFb-QxuFPnvLlLwOgEJ6FykL23Zp1WgFtmIcsxLJE99o-BAlzLfiNnFmIuyPtVBKPwJrDY1dILnztF9ryu7ZaDFoMn32Ih7A1zOhRbitiySCmt-8OnLkiwZxZJrQaPehU1MzRWDToeisl5izgG671C8SR0Qp8EndfC8VhomVabETTVDSjp0dUFZEsTXY2ppEi5piSCtyGZX301MhtLFBq3LKn5mZMabMypHaSQRcYcouDGz5p9l9VYTa0BjoMmMg1uETLHDeMbixwelGk8a_2Go6qz5ydygiW7QLXdiotXm59xM1GE0xTHbFbQpOsLhEjXGxowwrCuz8_UeI0UtQtdyXn559aixFB_GAVcUjmlFuQ9_7cWRerHnzRTQRbcXlCKVSAbQXDidEgVIkAxKCE2Y-LtaJPn8NPdsxYqmJ8xB3fqTuBEI1OidsHSAQGqZFuw0f_-M7TB34PfyEYNICL-LezeA0bd1bUzVLJfBs-Vs4r1-kzpy_yWgb1AYmIXYYLVbe9t6EB7KepnkZpAHimt6Jono0rVI2qb2pZ__Un837gyZ-1IeqewrdleigZjBuw5H2rptKm7WJBqIGSO7Mx-3PP8lztiegXfNDk4WGsWzTGlNQVH7Rg0YhiVjqFtRP1Ww2r1_P5q8eAd5-f3E/",
	"protected": "2EQEDgJgBAQcHBwcHBwcHBwcHBwcHBwfL8e517dNByHnJvE9fEziX-qidl5TbKLUoldCEyl7P_N1I1LfCtStMSaJVFzivqASky4CVL-5KpmP21M21swWjyEjJSQ75jemK5pgOj06dSmgyWcxOTIqMsFyCwFILnV1Fh04A_HUCNfo-3_xVsmReCov7Or2T3cwhOvGh2sQxKnf0AaEaEmsOvkvlYjh2ub-ehpjdszVG7-8zfE7Sj1j69YyoqOFFt_NVz4gqjLP_316RDpwcO6sbNHoONpQGsR5brj8vrXFeQRpQn4R23nVpFjWFyCRBUhqtSIf30YoltzEP-PTwAcANbFEFVEmtBkedtyRuUFKh1FFnZ0b6eq9pwnkM8temO0eLRl3ICZ0vqVapQw9DPH-FU6MQzHUoAXm-te2iSLPnA0cYDFwT260pYnV-2KXeSSATD0R6dxIHNK6ER9HDMTwnhRwMwszcUKk8eId_QG8cJBF0cN9z0hw-XIBeoW6uxaVh5gGcLHP_uM8KKkZfikYGsXyRTpguQujPYwl3_9Ov5nFeQyqP5YyzMzU1VRVQwFThqqMbHKfmLNaY-gLPsWxRxBRMqwFPQjMae99JRG37qrTxYts9yoZFwZNcwTrp_YLuCb5cwxWGC9DhARnQ_kKnMxUDJyB0NyCAFDAWWqPuPbVxxbNAtyHGfkjVns09_iNdCNkQOCxScIbuDyKWPtGy79kLCy7nGcmojTiBRtpDyJ4wiYxvrP1Raky3IgBtSAOHccMDV6y98gOVGwKkG5zzzHZNc-3I7WxcD6oup-5EzwrP9M7Al0siFD-l6fpgK0mvwztMInX9NBSPAi1UTQd82aLY9BxV4woUV_i-nbM5UPivQkdV-iPL2r33dOiqGmOu2EV8Ae9xFjUzSAiNrUPwvXCCKrhwhus/",
}

// TestPlanLinksUnchanged checks that plan links made before reply links
// existed open as they did, and that plan links made now are still plan
// links to an app of that time: no kind bit set in the header. (The bytes
// of a new link may change with the compressor; what it carries may not.)
func TestPlanLinksUnchanged(t *testing.T) {
	check := func(name, golden, passphrase string, fresh string) {
		t.Helper()
		old, err := Decode(golden, passphrase)
		if err != nil {
			t.Fatalf("%s: the old link does not open: %v", name, err)
		}
		now, err := Decode(fresh, passphrase)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(old, now) {
			t.Errorf("%s: the old link reads differently:\n old %+v\n now %+v", name, old, now)
		}
		c, err := parseFragment(fresh)
		if err != nil || c.flags&flagKindMask != kindPlan {
			t.Errorf("%s: a new plan link has flags %#x (%v)", name, c.flags, err)
		}
	}
	for _, s := range samples {
		check(s.name, goldenPlanLinks[s.name], "", mustEncode(t, s.plan, s.sections, Options{SharedAt: sharedAt, Version: 3}))
	}
	salt := bytes.NewReader(bytes.Repeat([]byte{7}, 64))
	check("protected", goldenPlanLinks["protected"], "Amber Badger",
		mustEncode(t, shortPlan, publicSections(), Options{SharedAt: sharedAt, Version: 4, Passphrase: "amber badger", Rand: salt}))
}
