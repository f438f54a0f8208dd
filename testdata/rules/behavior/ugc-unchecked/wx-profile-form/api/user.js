import { request } from '../utils/request'

export function getProfile() {
  return request('/me/profile', 'GET')
}

export function updateProfile(fields) {
  return request('/me/profile', 'PUT', fields)
}
