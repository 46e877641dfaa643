// The floor as an ES module: the same script, loaded through Node's ES module loader.
import './floor.cjs'
