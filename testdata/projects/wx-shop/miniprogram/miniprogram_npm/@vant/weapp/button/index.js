"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
Component({
  properties: {
    type: { type: String, value: 'default' },
    openType: String
  },
  methods: {
    onClick: function (event) {
      this.triggerEvent('click', event);
    }
  }
});
