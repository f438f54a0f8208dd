import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { tagToClose } from '../autoclose';

test('closes a start tag just ended with >', () => {
  assert.equal(tagToClose('<view>'), 'view');
  assert.equal(tagToClose('<page>\n  <scroll-view scroll-y class="list">'), 'scroll-view');
  assert.equal(tagToClose('<view wx:if="{{ a > b }}" bindtap="go">'), 'view');
  assert.equal(tagToClose('<view class="{{ a>1 ? \'x\' : \'y\' }}">'), 'view');
  assert.equal(tagToClose('<van-button type="primary">'), 'van-button');
  assert.equal(tagToClose('<text>', 'hello'), 'text');
});

test('leaves alone: self-closing, end tags, comments, > inside values and expressions, scripts', () => {
  assert.equal(tagToClose('<image src="a.png" />'), undefined);
  assert.equal(tagToClose('<view></view>'), undefined);
  assert.equal(tagToClose('<!-- <view>'), undefined);
  assert.equal(tagToClose('<!-- x -->'), undefined);
  assert.equal(tagToClose('<view wx:if="{{ a >'), undefined);
  assert.equal(tagToClose('<view>{{ a >'), undefined);
  assert.equal(tagToClose('a > b'), undefined);
  assert.equal(tagToClose('<wxs module="m">\nvar s = "<b>'), undefined);
  assert.equal(tagToClose('<view>', '</view>'), undefined);
  assert.equal(tagToClose('<view>', '  </view>'), undefined);
});

test('after a closed inline script or a self-closing one, tags close again', () => {
  assert.equal(tagToClose('<wxs module="m">var a = 1</wxs>\n<view>'), 'view');
  assert.equal(tagToClose('<wxs src="./a.wxs" module="m" />\n<view>'), 'view');
});
