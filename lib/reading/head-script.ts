import { ACCOUNT_SOURCE_ATTRIBUTE, DEFAULT_READING_PREFERENCES, LINE_SPACINGS, READING_ATTRIBUTES, READING_FONTS, READING_STORAGE_KEY, READING_THEMES, TEXT_SIZES } from "./preferences";

// The non-default values the script may set, per preference: anything else in localStorage is ignored.
const allowed = {
  textSize: [READING_ATTRIBUTES.textSize, TEXT_SIZES.filter((v) => v !== DEFAULT_READING_PREFERENCES.textSize)],
  lineSpacing: [READING_ATTRIBUTES.lineSpacing, LINE_SPACINGS.filter((v) => v !== DEFAULT_READING_PREFERENCES.lineSpacing)],
  font: [READING_ATTRIBUTES.font, READING_FONTS.filter((v) => v !== DEFAULT_READING_PREFERENCES.font)],
  theme: [READING_ATTRIBUTES.theme, READING_THEMES.filter((v) => v !== DEFAULT_READING_PREFERENCES.theme)],
};

/**
 * A tiny blocking script for <head>: it puts the browser's saved reading preferences on <html> before the
 * body is painted, so a visitor who is not signed in sees no flash of the default size or colours. It does
 * nothing when the server already rendered an account's preferences. A constant string with no per-request
 * data, so a hash-based Content-Security-Policy can allow it by its hash (it also carries the nonce).
 */
export const READING_HEAD_SCRIPT = `(function(){try{var d=document.documentElement;if(d.hasAttribute(${JSON.stringify(ACCOUNT_SOURCE_ATTRIBUTE)}))return;var p=JSON.parse(localStorage.getItem(${JSON.stringify(READING_STORAGE_KEY)})||"null");if(!p||typeof p!=="object")return;var a=${JSON.stringify(allowed)};for(var k in a){if(a[k][1].indexOf(p[k])>=0)d.setAttribute(a[k][0],p[k])}}catch(e){}})()`;
