/**
 * Builds dist/Code.js, the Apps Script server bundle. gas-webpack-plugin turns every
 * `global.NAME = ...` in src/server/index.ts into a top-level `function NAME(...)` with its
 * JSDoc (comment: true), which Sheets needs for custom-function autocomplete. Not minified,
 * so the deployed code stays readable in the Apps Script editor.
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  devtool: false,
  context: __dirname,
  entry: './src/server/index.ts',
  target: ['web', 'es2019'],
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { transpileOnly: true, configFile: 'tsconfig.gas.json', compilerOptions: { module: 'es2015', noEmit: false } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true })],
};
