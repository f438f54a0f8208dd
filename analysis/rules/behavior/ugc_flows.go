package behavior

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// ugcSource is a function of a page that holds what users made: it reads
// the text of content fields, handles their form's submit, passes the
// whole page data on, or chooses media.
type ugcSource struct {
	zh, en  []string
	chooser bool // it chooses media: past it, only uploads send that media
	media   bool
	text    bool // it reads the text of a content field
	profile bool // it reads a public profile field
	public  bool // it reads a content field that is not a profile field
	contact bool // it reads the user's contact details
	// held: media it reads from page data (a temp file path there), sent
	// only when the flow uploads
	heldZh, heldEn []string
}

func (sc *ugcSource) add(zh, en string) {
	sc.zh, sc.en = append(sc.zh, zh), append(sc.en, en)
}

func (sc *ugcSource) hold(zh, en string) {
	sc.heldZh, sc.heldEn = append(sc.heldZh, zh), append(sc.heldEn, en)
}

var payAPIs = map[string]bool{"requestPayment": true, "tradePay": true, "requestOrderPayment": true, "pay": true}

// wholeData: the page's data handed on whole (handler.build(this.data)).
var wholeData = regexp.MustCompile(`[(,]\s*(?:this|that|self|_this|me)\.data\s*[,)]`)

// publishingFlows finds the flows of one script. A flow starts at a
// handler nothing else in the file calls (a tap or submit handler; entry
// lifecycles and input handlers are not flows) and takes in every function
// it calls: one finding per handler that reaches both what users made and
// a call that sends it, at that call.
func publishingFlows(c *rule.ProjectContext, g *callgraph.Graph, p string, u *rule.Unit, senders map[string]bool, back map[string][]ugcField, fc fieldCache, pf *ugcProject) []*ugcFlow {
	s := u.Script
	f := &ugcFile{path: p, s: s, src: u.Text, senders: senders, graph: g}
	fields, contact := fc.of(c, p)
	if ts := pf.mixins[p]; ts != nil {
		fields, contact = mixinFields(ts, u)
	}
	fields = append(fields[:len(fields):len(fields)], openedFields(c, p, back)...) // the cache's slice stays as it is
	skip := map[string]bool{}
	for _, fd := range append(fields, contact...) {
		skip[fd.input] = true
	}
	for fn := range s.Lifecycles {
		skip[fn] = true
	}
	sources := map[string]*ugcSource{}
	get := func(fn string) *ugcSource {
		if sources[fn] == nil {
			sources[fn] = &ugcSource{}
		}
		return sources[fn]
	}
	// media: the functions that choose it, and the data keys it lands in
	var mKeys []string
	mediaOf := map[string][2]string{}
	var kinds [][2]string
	chooser := func(fn string, call *script.Call) {
		zh, en := mediaKind(call)
		sc := get(fn)
		sc.add(zh, en)
		sc.chooser, sc.media = true, true
		kinds = append(kinds, [2]string{zh, en})
		for _, k := range mediaKeys(f.body(fn)) {
			mKeys = append(mKeys, k)
			mediaOf[k] = [2]string{zh, en}
		}
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if mediaChoosers[call.API] && call.Namespace != "" && call.Factory == "" && call.Func != "" {
			chooser(call.Func, call)
		}
	}
	for _, iv := range s.Invokes {
		// wx.chooseImage in another namespace, app.core.chooseImage
		if mediaChoosers[iv.Name] && iv.Func != "" && !f.internal(iv) {
			chooser(iv.Func, &script.Call{API: iv.Name})
		}
	}
	for fn := range s.Bodies {
		// a helper of the project that chooses media (a pick-and-upload
		// module): its caller chooses it
		if !pf.helperMedia {
			break
		}
		if call := f.choosesThroughHelper(fn); call != nil && !skip[fn] {
			chooser(fn, call)
		}
	}
	for _, fd := range append(fields, contact...) {
		f.keys = append(f.keys, fd.keys...)
	}
	f.keys = append(f.keys, mKeys...)
	names := make([]string, 0, len(s.Bodies))
	for fn := range s.Bodies {
		names = append(names, fn)
	}
	sort.Slice(names, func(i, j int) bool { return s.Bodies[names[i]].Start < s.Bodies[names[j]].Start })
	for _, fn := range names {
		if skip[fn] {
			continue
		}
		if len(fields) == 0 && len(contact) == 0 && len(mKeys) == 0 && len(kinds) == 0 {
			break // nothing to read for: the scans below are the rule's cost
		}
		code := f.body(fn)
		whole := strings.Contains(code, ".data") && wholeData.MatchString(code)
		rd := f.reader(code)
		for _, fd := range fields {
			hit := whole || fd.form == fn
			for _, k := range fd.keys {
				hit = hit || rd.reads(k)
			}
			if hit {
				sc := get(fn)
				sc.add(quote(fd.label), "“"+fd.label+"”")
				sc.profile = sc.profile || fd.profile
				sc.public = sc.public || !fd.profile
				sc.text = true
			}
		}
		for _, fd := range contact {
			hit := fd.form == fn
			for _, k := range fd.keys {
				hit = hit || rd.reads(k)
			}
			if hit {
				get(fn).contact = true
			}
		}
		for _, k := range mKeys {
			if rd.reads(k) {
				m := mediaOf[k]
				get(fn).hold(m[0], m[1])
			}
		}
		if whole {
			for _, m := range kinds {
				get(fn).hold(m[0], m[1])
			}
		}
	}
	// a page that takes payment is an order: what users type there (notes,
	// booking forms) goes to the merchant, not to other users
	order := false
	for i := range s.Calls {
		order = order || payAPIs[s.Calls[i].API] && s.Calls[i].Namespace != ""
	}
	for _, iv := range s.Invokes {
		// wx.requestPayment in another namespace, app.core.requestPayment
		order = order || iv.Name != "pay" && payAPIs[iv.Name]
	}
	called := map[string]bool{}
	for _, iv := range s.Invokes {
		if f.internal(iv) && iv.Func != iv.Name {
			called[iv.Name] = true
		}
	}
	var out []*ugcFlow
	at := map[text.Span]*ugcFlow{}
	for _, root := range names {
		if skip[root] || called[root] {
			continue
		}
		reach := f.reach(root)
		fl := &ugcFlow{}
		var sp text.Span
		found, media := false, false
		contacts, profile, public, hasText := false, false, false, false
		for _, fn := range reach {
			hasText = hasText || sources[fn] != nil && sources[fn].text
		}
		// media read from page data is a temp file path: the flow sends
		// it only when it uploads
		uploads := false
		for _, fn := range reach {
			if sc := sources[fn]; sc != nil && len(sc.heldZh) > 0 {
				_, uploads = f.anchor(root, sendUpload)
				break
			}
		}
		for _, fn := range reach {
			sc := sources[fn]
			if sc == nil {
				continue
			}
			for i := range sc.zh {
				fl.add(sc.zh[i], sc.en[i])
			}
			media = media || sc.media
			if uploads {
				for i := range sc.heldZh {
					fl.add(sc.heldZh[i], sc.heldEn[i])
				}
				media = media || len(sc.heldZh) > 0
			}
			contacts, profile, public = contacts || sc.contact, profile || sc.profile, public || sc.public
			if !found && (len(sc.zh) > 0 || sc.contact || uploads) {
				mode := sendAny
				switch {
				case sc.chooser:
					mode = sendUploadPastChooser
				case !hasText:
					mode = sendUpload
				}
				sp, found = f.anchor(fn, mode)
			}
		}
		if !found && hasText {
			sp, found = f.anchor(root, sendAny)
		}
		if !found || len(fl.zh) == 0 {
			continue
		}
		// private: an order page, or words of the file, of a function on
		// the way, or of the helper it sends through (uploadIdCardPhoto)
		private := order || privateUpload(p, string(u.Text[sp.Start:sp.End])) || pf.privatePage(p)
		for _, fn := range reach {
			private = private || privateUpload(p, fn)
		}
		if private && !(c.Strict && media) {
			continue // operator-only: feedback, refunds, complaints, documents
		}
		if contacts && !profile && !media {
			continue // with the user's phone or address: an inquiry or an order
		}
		if profile && !public && !media && !pf.others() {
			continue // a profile no other user sees: nothing is published
		}
		own := !hasText && !private && ownSpace(c, p)
		if own && !c.Strict {
			continue // the user's own private album or files
		}
		if prev := at[sp]; prev != nil {
			for i := range fl.zh {
				prev.add(fl.zh[i], fl.en[i])
			}
			continue
		}
		fl.at, fl.private, fl.own = sp, private, own
		at[sp] = fl
		out = append(out, fl)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at.Start < out[j].at.Start })
	return out
}

// reach lists fn and the functions of the file it calls, breadth first.
func (f *ugcFile) reach(fn string) []string {
	seen := map[string]bool{fn: true}
	out := []string{fn}
	for i := 0; i < len(out) && i < 32; i++ {
		for _, iv := range f.s.Invokes {
			if iv.Func == out[i] && f.internal(iv) && !seen[iv.Name] {
				seen[iv.Name] = true
				out = append(out, iv.Name)
			}
		}
	}
	return out
}
