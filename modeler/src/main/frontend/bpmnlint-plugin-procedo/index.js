module.exports = {
  configs: {
    recommended: {
      rules: {
        'applicant-lane': 'warn'
      }
    }
  }
};
