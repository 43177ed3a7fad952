// Reads a YAML file with gopkg.in/yaml.v2 (a YAML 1.1 reader, the one most Go OpenAPI tools use) and
// prints it as JSON. A map key yaml.v2 did not read as a string is printed as its text, so that a
// comparison with the JSON document shows it.
package main

import (
	"encoding/json"
	"fmt"
	"io/ioutil"
	"os"

	"gopkg.in/yaml.v2"
)

func toJSONValue(value interface{}) interface{} {
	switch v := value.(type) {
	case map[interface{}]interface{}:
		out := make(map[string]interface{}, len(v))
		for key, item := range v {
			text, ok := key.(string)
			if !ok {
				text = fmt.Sprintf("(%T)%v", key, key)
			}
			out[text] = toJSONValue(item)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(v))
		for i, item := range v {
			out[i] = toJSONValue(item)
		}
		return out
	default:
		return v
	}
}

func main() {
	data, err := ioutil.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var document interface{}
	if err := yaml.Unmarshal(data, &document); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := json.Marshal(toJSONValue(document))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}
