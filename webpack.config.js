/**
 * Builds dist/Code.js, the Apps Script server bundle. gas-webpack-plugin turns every
 * `global.NAME = ...` in src/server/index.ts into a top-level `function NAME(...)` with its
 * JSDoc (comment: true), which Sheets needs for custom-function autocomplete. Not minified,
 * so the deployed code stays readable in the Apps Script editor.
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

function tsLoaderOptions(extra) {
  return { transpileOnly: true, configFile: 'tsconfig.gas.json', compilerOptions: { module: 'es2015', target: 'es2020', noEmit: false, ...extra } };
}

module.exports = {
  mode: 'production',
  devtool: false,
  context: __dirname,
  entry: './src/server/index.ts',
  target: ['web', 'es2020'],
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        // The public surface keeps its comments: the JSDoc above each global is what Sheets shows.
        test: /src[\\/]server[\\/]index\.ts$/,
        loader: 'ts-loader',
        options: tsLoaderOptions({ removeComments: false }),
      },
      {
        // Everything behind it drops comments, keeping dist/Code.js readable and under the 150 KB budget.
        test: /\.ts$/,
        exclude: [/node_modules/, /src[\\/]server[\\/]index\.ts$/],
        loader: 'ts-loader',
        options: tsLoaderOptions({ removeComments: true }),
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true })],
};
