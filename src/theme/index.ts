export { THEME_PRESETS, PRESET_STYLES, isThemePreset, type ThemePreset, type PresetStyle } from './presets.js';
export { applyPreset, applyTokens, installThemeClasses } from './apply.js';
export { applySmartStyle, smartStyleToTokens, type SmartStyle } from './smart-style.js';
