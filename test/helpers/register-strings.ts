import '../../src/core/i18n/all-strings';
