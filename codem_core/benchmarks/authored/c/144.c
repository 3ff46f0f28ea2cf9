//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int simplify(const char* x, const char* n) {
//@@ solution
    int a, b, c, d, i, j;
    char num[101], den[101];

    for (i = 0; x[i] != '/'; i++) {
        num[i] = x[i];
    }
    num[i] = '\0';
    a = atoi(num);

    for (j = 0, i = i + 1; x[i] != '\0'; i++, j++) {
        den[j] = x[i];
    }
    den[j] = '\0';
    b = atoi(den);

    for (i = 0; n[i] != '/'; i++) {
        num[i] = n[i];
    }
    num[i] = '\0';
    c = atoi(num);

    for (j = 0, i = i + 1; n[i] != '\0'; i++, j++) {
        den[j] = n[i];
    }
    den[j] = '\0';
    d = atoi(den);

    if ((a * c) % (b * d) == 0) return 1;
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(simplify("1/5", "5/1") == 1);
    }
    {
        assert(simplify("1/6", "2/1") == 0);
    }
    {
        assert(simplify("5/1", "3/1") == 1);
    }
    {
        assert(simplify("7/10", "10/2") == 0);
    }
    {
        assert(simplify("2/10", "50/10") == 1);
    }
    {
        assert(simplify("7/2", "4/2") == 1);
    }
    {
        assert(simplify("11/6", "6/1") == 1);
    }
    {
        assert(simplify("2/3", "5/2") == 0);
    }
    {
        assert(simplify("5/2", "3/5") == 0);
    }
    {
        assert(simplify("2/4", "8/4") == 1);
    }
    {
        assert(simplify("2/4", "4/2") == 1);
    }
    {
        assert(simplify("1/5", "5/1") == 1);
    }
    {
        assert(simplify("1/5", "1/5") == 0);
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
        assert(simplify("1/5", "5/1") == 1);
    }
    {
        assert(simplify("1/6", "2/1") == 0);
    }
    {
        assert(simplify("7/10", "10/2") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed simplify.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
