// 小程序接口的类型声明（节选），只描述接口，不会被执行
declare namespace WechatMiniprogram {
  interface Wx {
    /** 获取当前位置 */
    getLocation(option: { type?: 'wgs84' | 'gcj02'; success?: (res: { latitude: number; longitude: number }) => void }): void
    /** 选择收货地址 */
    chooseAddress(option: { success?: (res: ChooseAddressSuccessCallbackResult) => void; fail?: () => void }): void
  }
  interface ChooseAddressSuccessCallbackResult { userName: string; detailInfo: string }
  interface CustomEvent { detail: { code?: string } }
}
declare const wx: WechatMiniprogram.Wx & { request(o: object): void; showToast(o: object): void }
