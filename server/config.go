package server

import (
	"encoding/json"

	"go.uber.org/zap"

	"mpls/analysis/engine"
)

// settingsFrom maps the client's `mpls` settings object onto the engine's.
func settingsFrom(m map[string]any) engine.Settings {
	var s engine.Settings
	if m == nil {
		return s
	}
	if v, ok := m["mpls"].(map[string]any); ok { // some clients nest the section
		m = v
	}
	s.Platform, _ = m["platform"].(string)
	s.Locale, _ = m["locale"].(string)
	s.Profile, _ = m["profile"].(string)
	if r, ok := m["rules"].(map[string]any); ok {
		s.Rules = map[string]string{}
		for k, v := range r {
			switch v := v.(type) {
			case string:
				s.Rules[k] = v
			case bool:
				if !v {
					s.Rules[k] = "off"
				}
			}
		}
	}
	if lx, ok := m["lexicon"].(map[string]any); ok {
		if add, ok := lx["add"].(map[string]any); ok {
			s.LexAdd = map[string][]string{}
			for cat, words := range add {
				s.LexAdd[cat] = strs(words)
			}
		}
		s.LexAllow = strs(lx["allow"])
	}
	s.Ignore = strs(m["ignore"])
	return s
}

func strs(v any) []string {
	a, _ := v.([]any)
	var out []string
	for _, x := range a {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// applySettings rebuilds the engine from initializationOptions and the
// pulled configuration (the latter wins) and re-checks everything.
func (s *Server) applySettings() {
	s.mu.Lock()
	st := settingsFrom(s.initOpts)
	if s.clientConf != nil {
		c := settingsFrom(s.clientConf)
		st = engine.MergeSettings(st, c)
	}
	if st.Locale != "" {
		s.locale = st.Locale
	}
	s.mu.Unlock()
	s.eng.Store(engine.New(st))
}

func (s *Server) pullConfiguration() {
	if !s.caps.configuration {
		return
	}
	var res []map[string]any
	params := map[string]any{"items": []map[string]any{{"section": "mpls"}}}
	if _, err := s.callClient("workspace/configuration", params, &res); err != nil {
		s.log.Warn("workspace/configuration failed", zap.Error(err))
		return
	}
	if len(res) > 0 && res[0] != nil {
		s.mu.Lock()
		s.clientConf = res[0]
		s.mu.Unlock()
	}
	s.applySettings()
}

// reloadConfig handles didChangeConfiguration: settings in the
// notification are used; otherwise they are pulled again.
func (s *Server) reloadConfig(raw json.RawMessage) {
	var p struct {
		Settings map[string]any `json:"settings"`
	}
	_ = json.Unmarshal(raw, &p)
	if v, ok := p.Settings["mpls"].(map[string]any); ok {
		s.mu.Lock()
		s.clientConf = v
		s.mu.Unlock()
		s.applySettings()
	} else {
		s.pullConfiguration()
	}
	s.ws.recheckAll()
}
