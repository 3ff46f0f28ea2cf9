//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
void eat(int number, int need, int remaining, int result[2]) {
//@@ solution
    if (need > remaining) {
        result[0] = number + remaining;
        result[1] = 0;
    } else {
        result[0] = number + need;
        result[1] = remaining - need;
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int out[1024] = {0};
        eat(5, 6, 10, out);
        assert(out[0] == 11);
        assert(out[1] == 4);
    }
    {
        int out[1024] = {0};
        eat(4, 8, 9, out);
        assert(out[0] == 12);
        assert(out[1] == 1);
    }
    {
        int out[1024] = {0};
        eat(1, 10, 10, out);
        assert(out[0] == 11);
        assert(out[1] == 0);
    }
    {
        int out[1024] = {0};
        eat(2, 11, 5, out);
        assert(out[0] == 7);
        assert(out[1] == 0);
    }
    {
        int out[1024] = {0};
        eat(4, 5, 7, out);
        assert(out[0] == 9);
        assert(out[1] == 2);
    }
    {
        int out[1024] = {0};
        eat(4, 5, 1, out);
        assert(out[0] == 5);
        assert(out[1] == 0);
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
        int out[1024] = {0};
        eat(5, 6, 10, out);
        assert(out[0] == 11);
        assert(out[1] == 4);
    }
    {
        int out[1024] = {0};
        eat(4, 8, 9, out);
        assert(out[0] == 12);
        assert(out[1] == 1);
    }
    {
        int out[1024] = {0};
        eat(1, 10, 10, out);
        assert(out[0] == 11);
        assert(out[1] == 0);
    }
    {
        int out[1024] = {0};
        eat(2, 11, 5, out);
        assert(out[0] == 7);
        assert(out[1] == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed eat.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
