Page({
  data: { permissionButtons: [{ text: '取消' }, { text: '去设置' }] },
  onPermissionButton() { this.setData({ askPermission: false }) },
  onReasonCancel() { this.setData({ pickReason: false }) },
  onReasonConfirm() { this.setData({ pickReason: false }) },
  onDateConfirm() { this.setData({ pickDate: false }) },
  onDateCancel() { this.setData({ pickDate: false }) },
  onCityCancel() { this.setData({ pickCity: false }) }
})
