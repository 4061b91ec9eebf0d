// Stylesheets are irrelevant to behaviour tests; Jest gets an empty module instead.
module.exports = {}
