//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
int closest_integer(const char *value) {
//@@ solution
    double w;
    w = atof(value);
    return (int)(w < 0 ? ceil(w - 0.5) : floor(w + 0.5));
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(closest_integer("10") == 10);
    }
    {
        assert(closest_integer("14.5") == 15);
    }
    {
        assert(closest_integer("-15.5") == -16);
    }
    {
        assert(closest_integer("15.3") == 15);
    }
    {
        assert(closest_integer("0") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(closest_integer("10") == 10);
    }
    {
        assert(closest_integer("15.3") == 15);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed closest_integer.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
