// 构建脚本注入的常量
declare const __BUILD_TIME__: string
declare function getLocationCache(): { latitude: number; longitude: number } | null
