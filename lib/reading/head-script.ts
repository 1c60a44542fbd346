import { DEFAULT_READING_PREFERENCES, LINE_SPACINGS, READING_ATTRIBUTES, READING_COOKIE, READING_FONTS, READING_KEYS, READING_STORAGE_KEY, READING_THEMES, TEXT_SIZES } from "./preferences";

// The non-default values the script may set, per preference: anything else in localStorage is ignored.
const allowed = {
  textSize: [READING_ATTRIBUTES.textSize, TEXT_SIZES.filter((v) => v !== DEFAULT_READING_PREFERENCES.textSize)],
  lineSpacing: [READING_ATTRIBUTES.lineSpacing, LINE_SPACINGS.filter((v) => v !== DEFAULT_READING_PREFERENCES.lineSpacing)],
  font: [READING_ATTRIBUTES.font, READING_FONTS.filter((v) => v !== DEFAULT_READING_PREFERENCES.font)],
  theme: [READING_ATTRIBUTES.theme, READING_THEMES.filter((v) => v !== DEFAULT_READING_PREFERENCES.theme)],
};

/**
 * A tiny blocking script for <head>: it puts the reader's preferences on <html> before the body is painted, so
 * nobody sees a flash of the default size or colours — an account's from the READING_COOKIE (set at sign-in and
 * on save), otherwise this browser's copy in localStorage. A constant string with no per-request data: the root
 * layout reads nothing of the request, so prerendered pages list its hash in their policy and the others allow it
 * by the same hash (proxy.ts).
 */
export const READING_HEAD_SCRIPT = `(function(){try{var d=document.documentElement,p=null,m=document.cookie.match(/(?:^|; )${READING_COOKIE}=([a-z.]+)/);if(m){var v=m[1].split("."),n=${JSON.stringify(READING_KEYS)};p={};for(var i=0;i<n.length;i++)p[n[i]]=v[i]}else p=JSON.parse(localStorage.getItem(${JSON.stringify(READING_STORAGE_KEY)})||"null");if(!p||typeof p!=="object")return;var a=${JSON.stringify(allowed)};for(var k in a){if(a[k][1].indexOf(p[k])>=0)d.setAttribute(a[k][0],p[k])}}catch(e){}})()`;
